package io.eksplanner.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written byte for byte on a socket to 127.0.0.1, so that a test can send a {@code Host} header of its
 * choosing (Java's HTTP client refuses to) from an address it knows.
 */
final class RawHttp {

    private RawHttp() {}

    /** The answer's status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {}

    static Answer post(int port, String path, String json, String... headers) {
        return send("POST", port, path, json, headers);
    }

    static Answer get(int port, String path, String... headers) {
        return send("GET", port, path, "", headers);
    }

    private static Answer send(String method, int port, String path, String json, String... headers) {
        var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        var body = json.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Type: application/json\r\nContent-Length: ")
                .append(body.length)
                .append("\r\nConnection: close\r\n\r\n");
        try (var socket = new Socket("127.0.0.1", port)) {
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            var head = answer.substring(0, end).split("\r\n");
            var fields = new LinkedHashMap<String, String>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.put(
                        head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).trim());
            }
            var content = answer.substring(end + 4);
            if ("chunked".equalsIgnoreCase(fields.get("transfer-encoding"))) {
                content = unchunked(content);
            }
            return new Answer(
                    Integer.parseInt(head[0].split(" ")[1]),
                    fields,
                    new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unchunked(String chunked) {
        var body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
