package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.LiveOpenApi.Op;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description as a client sees it: complete and unambiguous (its examples: {@link OpenApiExamplesTests}).
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class OpenApiDocumentationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private JsonNode spec;

    @BeforeEach
    void fetchSpec() throws Exception {
        spec = LiveOpenApi.fetch(http, port, json);
    }

    @Test
    void documentsEveryTopologyOperation() {
        var expected = new TreeSet<String>(List.of(
                "POST /api/v1/clusters",
                "GET /api/v1/clusters",
                "GET /api/v1/clusters/{cluster}",
                "PUT /api/v1/clusters/{cluster}",
                "DELETE /api/v1/clusters/{cluster}"));
        for (var collection : List.of("subnets", "node-groups", "ingress-classes", "gateway-classes")) {
            addChildOperations(expected, "/api/v1/clusters/{cluster}/" + collection, "/{name}");
        }
        for (var collection : List.of(
                "workloads",
                "services",
                "ingresses",
                "gateways",
                "http-routes",
                "grpc-routes",
                "tcp-routes",
                "udp-routes",
                "tls-routes",
                "reference-grants",
                "listener-sets",
                "load-balancer-configurations",
                "target-group-configurations",
                "listener-rule-configurations")) {
            addChildOperations(expected, "/api/v1/clusters/{cluster}/" + collection, "/{namespace}/{name}");
        }
        assertThat(expected).hasSize(95);

        var documented = operations().stream().map(Op::toString).toList();
        assertThat(documented).containsAll(expected);
    }

    @Test
    void everyOperationHasASummaryWithItsKindFilledIn() {
        var apiOperations = operations().stream()
                .filter(op -> op.path().startsWith("/api/v1"))
                .toList();
        assertThat(apiOperations).isNotEmpty();
        for (var op : apiOperations) {
            var summary = op.operation().path("summary").asString("");
            assertThat(summary).as("summary of %s", op).isNotBlank().doesNotContain("{kind");
        }
        assertThat(summaryOf("GET", "/api/v1/clusters/{cluster}/node-groups")).contains("node groups");
        assertThat(summaryOf("GET", "/api/v1/clusters/{cluster}/ingresses")).contains("ingresses");
        assertThat(summaryOf("POST", "/api/v1/clusters/{cluster}/ingress-classes"))
                .isEqualTo("Add an ingress class to the cluster");
        assertThat(summaryOf("POST", "/api/v1/clusters/{cluster}/http-routes"))
                .isEqualTo("Add an HTTP route to the cluster");
        assertThat(summaryOf("POST", "/api/v1/clusters/{cluster}/tcp-routes"))
                .isEqualTo("Add a TCP route to the cluster");
    }

    @Test
    void operationIdsAreUniqueAndReadable() {
        var ids = new ArrayList<String>();
        for (var op : operations()) {
            var id = op.operation().path("operationId").asString("");
            assertThat(id).as("operationId of %s", op).isNotBlank();
            ids.add(id);
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "listClusters",
                        "createCluster",
                        "getCluster",
                        "replaceCluster",
                        "deleteCluster",
                        "listSubnets",
                        "createSubnet",
                        "getSubnet",
                        "replaceSubnet",
                        "deleteSubnet",
                        "listNodeGroups",
                        "listIngresses",
                        "createIngressClass",
                        "listIngressClasses",
                        "deleteWorkload",
                        "replaceService",
                        "getGatewayClass",
                        "listHttpRoutes",
                        "createGrpcRoute",
                        "replaceLoadBalancerConfiguration",
                        "deleteListenerRuleConfiguration");
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        assertThat(spec.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        for (var op : operations()) {
            if (!op.path().startsWith("/api/")) {
                continue;
            }
            var responses = op.operation().path("responses");
            assertProblem(op, responses, "500");
            boolean pathParameters = false;
            for (var parameter : op.operation().path("parameters")) {
                pathParameters |= "path".equals(parameter.path("in").asString(""));
            }
            if (pathParameters) {
                assertProblem(op, responses, "404");
            }
            if (op.operation().has("requestBody")) {
                assertProblem(op, responses, "400");
                assertProblem(op, responses, "415");
            }
        }
        var replace = spec.at("/paths/~1api~1v1~1clusters~1{cluster}/put/responses");
        assertThat(replace.has("412")).isTrue();
        assertThat(replace.has("409")).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1clusters/post/responses").propertyNames())
                .as("POST /api/v1/clusters answers 201")
                .contains("201")
                .doesNotContain("200");
        assertThat(spec.at("/paths/~1api~1v1~1clusters~1{cluster}/delete/responses")
                        .propertyNames())
                .as("DELETE /api/v1/clusters/{cluster} answers 204")
                .contains("204")
                .doesNotContain("200");
        assertThat(spec.at("/paths/~1api~1v1~1clusters/post/responses").has("412"))
                .as("POST /api/v1/clusters takes no If-Match")
                .isFalse();
    }

    /** src/docs/api-conventions.md §2: every operation says what it does, beyond its one-line summary. */
    @Test
    void everyOperationHasADescription() {
        var missing = operations().stream()
                .filter(op -> op.path().startsWith("/api/"))
                .filter(op -> op.operation().path("description").asString("").isBlank())
                .map(Op::toString)
                .toList();
        assertThat(missing).as("operations without a description").isEmpty();
    }

    /** src/docs/api-conventions.md §2: one name for one thing in every path: {cluster}, then the child's {name}. */
    @Test
    void pathParametersNameTheSameThingTheSameWay() {
        for (var op : operations()) {
            var path = op.path();
            if (path.startsWith("/api/v1/clusters/{")) {
                assertThat(path).as("%s names the cluster {cluster}", op).startsWith("/api/v1/clusters/{cluster}");
            }
            assertThat(path)
                    .as("%s: a child is {name} (or {namespace}/{name})", op)
                    .doesNotContain("{item}");
            var id = op.operation().path("operationId").asString("");
            assertThat(id)
                    .as("operationId of %s", op)
                    .matches("[a-z][A-Za-z0-9]*")
                    .doesNotContain("_");
        }
    }

    /** Nested records of one simple name (each route kind has its own RuleSpec) keep schemas of their own. */
    @Test
    void eachRouteKindDocumentsItsOwnRules() {
        var http = ruleSchema("http-routes");
        var grpc = ruleSchema("grpc-routes");
        var tcp = ruleSchema("tcp-routes");

        assertThat(http.path("properties").propertyNames()).contains("matches", "filters", "backendRefs");
        assertThat(spec.at("/components/schemas/"
                                + schemaName(
                                        http.path("properties").path("matches").path("items")) + "/properties")
                        .propertyNames())
                .contains("path", "queryParams");
        assertThat(spec.at("/components/schemas/"
                                + schemaName(
                                        grpc.path("properties").path("matches").path("items")) + "/properties")
                        .propertyNames())
                .contains("method")
                .doesNotContain("path");
        assertThat(tcp.path("properties").propertyNames()).containsOnly("name", "backendRefs");
    }

    private JsonNode ruleSchema(String collection) {
        var body = spec.at("/paths/~1api~1v1~1clusters~1{cluster}~1" + collection
                + "/post/requestBody/content/application~1json/schema");
        var route = spec.at("/components/schemas/" + schemaName(body));
        return spec.at("/components/schemas/"
                + schemaName(route.path("properties").path("rules").path("items")));
    }

    private static String schemaName(JsonNode reference) {
        var ref = reference.path("$ref").asString("");
        assertThat(ref).as("a $ref in %s", reference).startsWith("#/components/schemas/");
        return ref.substring("#/components/schemas/".length());
    }

    @Test
    void servesSwaggerUi() throws Exception {
        var response = get("/swagger-ui.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).containsIgnoringCase("<html");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private List<Op> operations() {
        return LiveOpenApi.operations(spec);
    }

    private String summaryOf(String method, String path) {
        return operations().stream()
                .filter(op -> op.path().equals(path) && op.method().equalsIgnoreCase(method))
                .map(op -> op.operation().path("summary").asString(""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    private static void assertProblem(Op op, JsonNode responses, String status) {
        assertThat(responses.has(status)).as("%s documents %s", op, status).isTrue();
        assertThat(responses.path(status).path("content").has("application/problem+json"))
                .as("%s documents %s as application/problem+json", op, status)
                .isTrue();
    }

    private static void addChildOperations(Set<String> expected, String collection, String item) {
        expected.add("GET " + collection);
        expected.add("POST " + collection);
        expected.add("GET " + collection + item);
        expected.add("PUT " + collection + item);
        expected.add("DELETE " + collection + item);
    }
}
