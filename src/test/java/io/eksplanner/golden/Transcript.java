package io.eksplanner.golden;

import io.eksplanner.support.ApiClient.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP exchange as the text of a golden file: the request line and headers sent, the status, the response
 * headers that are part of the contract, and the body. Only values that change from run to run without the
 * behaviour changing are normalised; everything else, field order and number spelling included, is kept exactly
 * as the server sent it.
 */
final class Transcript {

    /**
     * The only response headers recorded. Content-Type, ETag and Location are the contract; Date, Content-Length,
     * Transfer-Encoding, Connection and Keep-Alive are transport details that change with the clock or the
     * connection.
     */
    static final List<String> HEADERS = List.of("Content-Type", "ETag", "Location");

    /**
     * Normalisation 1: the test server listens on a random port, so any absolute URL to it (Location headers, and
     * bodies should one ever echo it) has its host and port replaced with {@code {server}}.
     */
    private static final Pattern SERVER = Pattern.compile("http://(localhost|127\\.0\\.0\\.1):\\d+");

    /**
     * Normalisation 2: the store stamps each write with the wall clock, which the cluster list shows as createdAt
     * and updatedAt; an ISO-8601 instant under either name becomes {@code <timestamp>}. A null stays null, so a
     * lost timestamp still shows. Nothing else is masked: a problem's {@code instance} is the request path and
     * carries no generated id, versions (ETags) count from 0 per cluster, and the plans are deterministic.
     */
    private static final Pattern TIMESTAMP =
            Pattern.compile("\"(createdAt|updatedAt)\":\"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z\"");

    private Transcript() {}

    /** The golden text of a request (method, path, name/value header pairs) and the response it got. */
    static String of(String method, String path, List<String> requestHeaders, Response response) {
        var text =
                new StringBuilder("> ").append(method).append(' ').append(path).append('\n');
        for (int i = 0; i < requestHeaders.size(); i += 2) {
            text.append("> ")
                    .append(requestHeaders.get(i))
                    .append(": ")
                    .append(requestHeaders.get(i + 1))
                    .append('\n');
        }
        text.append("< ").append(response.status()).append('\n');
        for (String header : HEADERS) {
            var value = response.header(header);
            if (value != null) {
                text.append("< ")
                        .append(header)
                        .append(": ")
                        .append(server(value))
                        .append('\n');
            }
        }
        return text.append(body(response)).toString();
    }

    private static String body(Response response) {
        var body = response.body();
        if (body == null || body.isEmpty()) {
            return "";
        }
        var contentType = response.header("Content-Type");
        body = server(body);
        if (contentType != null && contentType.contains("json")) {
            return "\n" + prettyJson(TIMESTAMP.matcher(body).replaceAll("\"$1\":\"<timestamp>\""));
        }
        return "\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    private static String server(String text) {
        return SERVER.matcher(text).replaceAll(Matcher.quoteReplacement("http://{server}"));
    }

    /**
     * Indents JSON text two spaces a level, one member or element a line. It works on the characters rather than
     * a parsed tree so that nothing but whitespace can change: a tree would re-spell numbers (2.0E-4 as 0.0002)
     * and could reorder members, and both are part of what the golden files pin.
     */
    static String prettyJson(String json) {
        var out = new StringBuilder(json.length() * 2);
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '"' -> i = copyString(json, i, out);
                case '{', '[' -> {
                    int next = skipSpace(json, i + 1);
                    char close = c == '{' ? '}' : ']';
                    if (next < json.length() && json.charAt(next) == close) {
                        out.append(c).append(close);
                        i = next;
                    } else {
                        out.append(c);
                        newline(out, ++depth);
                    }
                }
                case '}', ']' -> {
                    newline(out, --depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                case ' ', '\t', '\n', '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.append('\n').toString();
    }

    /** Copies the string literal that starts at {@code start}, escapes untouched; returns its closing quote. */
    private static int copyString(String json, int start, StringBuilder out) {
        out.append('"');
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < json.length()) {
                out.append(json.charAt(++i));
            } else if (c == '"') {
                return i;
            }
        }
        return json.length();
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(Math.max(depth, 0)));
    }
}
