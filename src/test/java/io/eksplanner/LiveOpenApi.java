package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running application's OpenAPI description as the OpenAPI tests read it: fetched, its operations listed. */
final class LiveOpenApi {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private LiveOpenApi() {}

    /** One operation of the spec, with its path and method. */
    record Op(String path, String method, JsonNode operation) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The description the application on {@code port} serves at /v3/api-docs. */
    static JsonNode fetch(HttpClient http, int port, JsonMapper json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .GET()
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Every operation of {@code spec}, path by path. */
    static List<Op> operations(JsonNode spec) {
        var result = new ArrayList<Op>();
        for (var path : spec.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (HTTP_METHODS.contains(method.getKey())) {
                    result.add(new Op(path.getKey(), method.getKey(), method.getValue()));
                }
            }
        }
        return result;
    }

    /** The parameter called {@code name} among an operation's {@code parameters}. */
    static JsonNode parameter(JsonNode parameters, String name) {
        for (var parameter : parameters) {
            if (name.equals(parameter.path("name").asString(""))) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
