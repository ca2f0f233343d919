package io.eksplanner.fuzz;

import io.eksplanner.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the operations of the served OpenAPI document, each with a well-formed request to start from: the document's
 * own example body where it has one, the example of the same schema elsewhere in the document where it has not, or a
 * body made from the schema; path variables that address the canonical cluster and the example's objects.
 */
final class ApiOperations {

    private static final String JSON = "application/json";

    private final JsonNode document;
    private final Map<String, JsonNode> examplesBySchema = new HashMap<>();

    private ApiOperations(JsonNode document) {
        this.document = document;
    }

    /** Every operation of {@code apiDocs}, in the document's order. */
    static List<ApiOperation> read(String apiDocs) {
        var reader = new ApiOperations(ApiClient.tree(apiDocs));
        reader.collectExamples();
        var operations = new ArrayList<ApiOperation>();
        for (var path : reader.document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(reader.operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private void collectExamples() {
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                var content =
                        method.getValue().path("requestBody").path("content").path(JSON);
                if (content.has("example") && content.path("schema").has("$ref")) {
                    examplesBySchema.put(content.get("schema").get("$ref").asString(), content.get("example"));
                }
            }
        }
    }

    private ApiOperation operation(String method, String path, JsonNode operation) {
        var parameters = new ArrayList<ApiOperation.Parameter>();
        for (JsonNode parameter : operation.path("parameters")) {
            var enumValues = new ArrayList<String>();
            parameter.path("schema").path("enum").forEach(value -> enumValues.add(value.asString()));
            parameters.add(new ApiOperation.Parameter(
                    parameter.get("name").asString(),
                    parameter.get("in").asString(),
                    parameter.path("required").asBoolean(false),
                    enumValues));
        }
        var content = operation.path("requestBody").path("content");
        String mediaType = null;
        String body = null;
        if (content.has(JSON)) {
            mediaType = JSON;
            body = ApiClient.json(exampleOf(content.get(JSON)));
        } else if (!content.isMissingNode() && content.size() > 0) {
            mediaType = content.properties().iterator().next().getKey();
            body = mediaType.contains("yaml") ? canonicalStream() : "";
        }
        return new ApiOperation(method, path, parameters, mediaType, body, pathValues(path, body, mediaType));
    }

    private JsonNode exampleOf(JsonNode content) {
        if (content.has("example")) {
            return content.get("example");
        }
        return fromSchema(content.path("schema"), 0);
    }

    /** A value of {@code schema}: a known example of it, else each property made from its own schema. */
    private JsonNode fromSchema(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            var ref = schema.get("$ref").asString();
            if (examplesBySchema.containsKey(ref)) {
                return examplesBySchema.get(ref);
            }
            var name = ref.substring(ref.lastIndexOf('/') + 1);
            return fromSchema(document.path("components").path("schemas").path(name), depth + 1);
        }
        var type = schema.path("type").asString("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "integer", "number" -> ApiClient.tree("1");
            case "boolean" -> ApiClient.tree("false");
            case "string" -> ApiClient.tree("\"x\"");
            case "array" -> ApiClient.tree(depth > 6 ? "[]" : "[" + fromSchema(schema.path("items"), depth + 1) + "]");
            default -> {
                var object = new LinkedHashMap<String, Object>();
                if (depth <= 6) {
                    for (var property : schema.path("properties").properties()) {
                        object.put(property.getKey(), fromSchema(property.getValue(), depth + 1));
                    }
                }
                yield ApiClient.tree(ApiClient.json(object));
            }
        };
    }

    /** Path variables that address the canonical cluster, and the example's own object where the body names one. */
    private static Map<String, String> pathValues(String path, String body, String mediaType) {
        var values = new LinkedHashMap<String, String>();
        var example = JSON.equals(mediaType) ? ApiClient.tree(body) : null;
        for (String variable : variables(path)) {
            values.put(
                    variable,
                    switch (variable) {
                        case "cluster" -> "demo";
                        case "namespace" ->
                            example != null && example.has("namespace")
                                    ? example.get("namespace").asString()
                                    : "default";
                        case "name" ->
                            example != null && example.has("name")
                                    ? example.get("name").asString()
                                    : "my-nginx";
                        case "type" -> "m5.large";
                        default -> "x";
                    });
        }
        return values;
    }

    static List<String> variables(String path) {
        var variables = new ArrayList<String>();
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
            variables.add(path.substring(open + 1, path.indexOf('}', open)));
        }
        return variables;
    }

    static String canonicalStream() {
        try {
            return Files.readString(Path.of("examples/canonical-cluster.eksctl.yaml")) + "\n---\n"
                    + Files.readString(Path.of("examples/canonical-cluster.manifests.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
