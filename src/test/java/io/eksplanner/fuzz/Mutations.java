package io.eksplanner.fuzz;

import io.eksplanner.support.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests the fuzzer makes of one operation: the well-formed request, then every parameter and every field of
 * its body given each hostile value (wrong types, huge, negative and fractional numbers, empty, overlong, NUL, a lone
 * surrogate, an unknown enum value) or left out, null list items, malformed bodies and wrong content types; shuffled
 * with a fixed seed and cut to a fixed number, so a run is repeatable.
 */
final class Mutations {

    private static final String MARK = "@@fuzz@@";
    private static final String LONG = "x".repeat(10_000);

    /** Values a JSON field is given, as JSON text. */
    static final List<String> FIELD_VALUES = List.of(
            "\"fuzz\"",
            "1",
            "true",
            "[]",
            "{}",
            "null",
            "-1",
            "0",
            "1.5",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "1e308",
            "-1e400",
            "\"\"",
            "\"" + LONG + "\"",
            "\"a\\u0000b\"",
            "\"lone \\ud800\"",
            "\"NOT_A_VALUE\"",
            "\"0.0.0.0/0\"",
            "\"300.1.2.3/40\"",
            "\"2147483647\"",
            "[null]");

    /** Values a parameter is given, as raw text before encoding. */
    static final List<String> PARAMETER_VALUES = List.of(
            "",
            "fuzz",
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "99999999999999999999",
            "1e308",
            "NaN",
            "1.5",
            "NOT_A_VALUE",
            "a\u0000b",
            "lone \ud800",
            "../../etc/passwd",
            "%",
            "x".repeat(300),
            "x".repeat(9_000),
            "ü");

    /** Bodies that are not the JSON an operation takes. */
    static final List<String> MALFORMED_BODIES = List.of(
            "",
            "{",
            "[",
            "nul",
            "{\"name\":",
            "\"text\"",
            "[1,2]",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "[".repeat(5_000));

    /** Content types an operation with a body does not take, and none at all. */
    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/json; charset=x-unknown",
            "none");

    private Mutations() {}

    /** At most {@code limit} requests for {@code operation}, the well-formed one first, the rest chosen by {@code seed}. */
    static List<FuzzRequest> of(ApiOperation operation, long seed, int limit) {
        var all = new ArrayList<FuzzRequest>();
        parameters(operation, all);
        if (operation.body() != null) {
            if (operation.mediaType().contains("json")) {
                fields(operation, all);
            } else {
                yamlLines(operation, all);
            }
            bodies(operation, all);
        }
        all.add(request(operation, "PATCH", target(operation, null, null), "method PATCH"));
        all.add(with(operation, target(operation, null, null) + "?zzz=1", operation.body(), "unknown query parameter"));
        for (String accept : List.of("application/xml", "text/html", "image/png;q=0")) {
            var base = with(operation, target(operation, null, null), operation.body(), "Accept " + accept);
            all.add(new FuzzRequest(
                    base.method(),
                    base.target(),
                    base.contentType(),
                    base.body(),
                    List.of("Accept", accept),
                    base.mutation()));
        }
        Collections.shuffle(all, new Random(seed ^ operation.key().hashCode()));
        var chosen = new ArrayList<FuzzRequest>();
        chosen.add(with(operation, target(operation, null, null), operation.body(), "well-formed"));
        chosen.addAll(all.subList(0, Math.min(limit - 1, all.size())));
        return chosen;
    }

    private static void parameters(ApiOperation operation, List<FuzzRequest> out) {
        for (var parameter : operation.parameters()) {
            var values = new ArrayList<>(PARAMETER_VALUES);
            parameter.enumValues().forEach(value -> values.add(value.toLowerCase()));
            for (String value : values) {
                var mutation = parameter.in() + " " + parameter.name() + "=" + shown(value);
                switch (parameter.in()) {
                    case "path" ->
                        out.add(with(
                                operation, target(operation, parameter.name(), value), operation.body(), mutation));
                    case "query" ->
                        out.add(with(
                                operation,
                                target(operation, null, null) + "?" + parameter.name() + "=" + encode(value),
                                operation.body(),
                                mutation));
                    case "header" -> {
                        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && value.length() < 8_000) {
                            var request = with(operation, target(operation, null, null), operation.body(), mutation);
                            out.add(new FuzzRequest(
                                    request.method(),
                                    request.target(),
                                    request.contentType(),
                                    request.body(),
                                    List.of(parameter.name(), value),
                                    mutation));
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    private static void fields(ApiOperation operation, List<FuzzRequest> out) {
        var root = ApiClient.tree(operation.body());
        var paths = new ArrayList<List<Object>>();
        collect(root, new ArrayList<>(), paths);
        for (var path : paths) {
            for (String value : FIELD_VALUES) {
                out.add(with(
                        operation,
                        target(operation, null, null),
                        replaced(root, path, value),
                        path + "=" + shown(value)));
            }
            if (path.get(path.size() - 1) instanceof String) {
                out.add(with(operation, target(operation, null, null), replaced(root, path, null), path + " left out"));
            }
        }
    }

    /** Every field and the first item of every list, depth first. */
    private static void collect(JsonNode node, List<Object> at, List<List<Object>> out) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                var path = new ArrayList<>(at);
                path.add(field.getKey());
                out.add(path);
                collect(field.getValue(), path, out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            var path = new ArrayList<>(at);
            path.add(0);
            out.add(path);
            collect(node.get(0), path, out);
        }
    }

    /** {@code root} with the node at {@code path} replaced by the JSON text {@code value}, or removed when null. */
    private static String replaced(JsonNode root, List<Object> path, String value) {
        var copy = root.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            if (value == null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ObjectNode) parent).put(name, MARK);
            }
        } else {
            ((ArrayNode) parent).set((Integer) last, JsonNodeFactory.instance.stringNode(MARK));
        }
        var text = copy.isObject() || copy.isArray() ? copy.toString() : ApiClient.json(copy);
        return value == null ? text : text.replace("\"" + MARK + "\"", value);
    }

    private static void yamlLines(ApiOperation operation, List<FuzzRequest> out) {
        var lines = operation.body().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int colon = lines[index].indexOf(": ");
            if (colon < 0 || lines[index].trim().startsWith("#")) {
                continue;
            }
            for (String value : List.of(
                    "",
                    "null",
                    "[null]",
                    "-1",
                    "99999999999",
                    "\"a\\0b\"",
                    "\"\\ud800\"",
                    "{}",
                    "[]",
                    "!!binary AAAA",
                    "*missing",
                    LONG,
                    "NOT_A_VALUE")) {
                var mutated = lines.clone();
                mutated[index] = lines[index].substring(0, colon + 2) + value;
                out.add(with(
                        operation,
                        target(operation, null, null),
                        String.join("\n", mutated),
                        "yaml line " + (index + 1) + "=" + shown(value)));
            }
        }
    }

    private static void bodies(ApiOperation operation, List<FuzzRequest> out) {
        for (String body : MALFORMED_BODIES) {
            out.add(with(operation, target(operation, null, null), body, "body " + shown(body)));
        }
        for (String type : WRONG_CONTENT_TYPES) {
            out.add(new FuzzRequest(
                    operation.method(),
                    target(operation, null, null),
                    type.equals("none") ? null : type,
                    operation.body(),
                    List.of(),
                    "Content-Type " + type));
        }
    }

    private static FuzzRequest with(ApiOperation operation, String target, String body, String mutation) {
        return new FuzzRequest(operation.method(), target, operation.mediaType(), body, List.of(), mutation);
    }

    private static FuzzRequest request(ApiOperation operation, String method, String target, String mutation) {
        return new FuzzRequest(method, target, operation.mediaType(), operation.body(), List.of(), mutation);
    }

    /** The operation's path with its well-formed values, and {@code variable} (if any) given {@code value}. */
    private static String target(ApiOperation operation, String variable, String value) {
        var values = new LinkedHashMap<String, String>();
        operation
                .pathValues()
                .forEach((name, given) -> values.put(name, encode(name.equals(variable) ? value : given)));
        return operation.expand(values);
    }

    /** Percent-encoded for a path segment or a query value; a lone surrogate as the bytes a client might send. */
    static String encode(String value) {
        var encoded = new StringBuilder();
        value.codePoints().forEach(point -> {
            if (Character.isSurrogate((char) point)) {
                encoded.append("%ED%A0%80");
            } else {
                encoded.append(URLEncoder.encode(Character.toString(point), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
        });
        return encoded.toString();
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }
}
