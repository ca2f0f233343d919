package io.eksplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test: real requests over a socket, JSON read with Jackson. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<String> baseUrl;

    public ApiClient(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, "application/json", headers);
    }

    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, "application/json", headers);
    }

    public Response put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** Sends any request; {@code headers} are name/value pairs. */
    public Response send(String method, String path, String body, String contentType, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes every stored cluster, so that a test starts from an empty store. */
    public void deleteAllClusters() {
        JsonNode items;
        while ((items = get("/api/v1/clusters?size=100").json().get("items")).size() > 0) {
            for (JsonNode item : items) {
                var deleted = delete("/api/v1/clusters/" + item.get("name").asString());
                if (deleted.status() != 204) {
                    throw new IllegalStateException("could not delete a cluster: " + deleted);
                }
            }
        }
    }

    /** Serialises a value as JSON. */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The headers that carry {@code token} as a bearer token; none for null. */
    public static String[] bearer(String token) {
        return token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
    }

    /** Reads JSON text as a tree. */
    public static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    /** What came back: status, headers and body. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public JsonNode json() {
            return tree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
