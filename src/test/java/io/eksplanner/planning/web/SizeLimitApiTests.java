package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Absurd sizes over real HTTP: each answered at once with 413 {@code plan-too-large}, stored nowhere and planned
 * never, where they once planned for a minute or ran the server out of memory. {@code planner.limits.subnets} is
 * lowered here to show the limits are configuration.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/size-limits-${random.uuid}",
            "planner.limits.subnets=8",
            "planner.limits.gateway-routes=2"
        })
class SizeLimitApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    private static String canonicalWith(Consumer<ObjectNode> change) {
        var document = Canonical.named("demo");
        change.accept(document);
        return ApiClient.json(document);
    }

    private static void assertTooLarge(Response response, String limit, long value, long maximum) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString())
                .isEqualTo(ProblemType.PLAN_TOO_LARGE.type().toString());
        assertThat(problem.get("limit").asString()).isEqualTo(limit);
        assertThat(problem.get("value").asLong()).isEqualTo(value);
        assertThat(problem.get("maximum").asLong()).isEqualTo(maximum);
    }

    private Response timed(String label, java.util.function.Supplier<Response> request) {
        long start = System.nanoTime();
        var response = request.get();
        System.out.printf(
                "size limits: %s answered %d in %d ms%n",
                label, response.status(), (System.nanoTime() - start) / 1_000_000);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans", "/api/v1/ip-plans", "/api/v1/validations", "/api/v1/load-balancer-plans"})
    void refusesToPlanANodeGroupOfTwoBillionNodes(String endpoint) {
        var body = canonicalWith(d -> ((ObjectNode) d.get("nodeGroups").get(0)).put("desiredSize", Integer.MAX_VALUE));

        var response = timed("desiredSize 2^31-1 at " + endpoint, () -> api.post(endpoint, body));

        assertTooLarge(response, "nodes", Integer.MAX_VALUE, 100_000);
    }

    @Test
    void refusesToStoreTenMillionReplicasAndKeepsTheClusterAsItWas() {
        assertThat(api.post("/api/v1/clusters", Canonical.text()).status()).isEqualTo(201);
        var workload = Canonical.named("demo").get("workloads").get(0).deepCopy();
        ((ObjectNode) workload).put("replicas", 10_000_000);

        var response = timed(
                "10 M replicas on PUT workload",
                () -> api.put(
                        "/api/v1/clusters/demo/workloads/default/my-nginx",
                        ApiClient.json(workload),
                        "If-Match",
                        "\"0\""));

        assertTooLarge(response, "pods", 10_000_000, 3_000_000);
        var stored = api.get("/api/v1/clusters/demo");
        assertThat(stored.header("ETag")).isEqualTo("\"0\"");
        assertThat(stored.json().at("/workloads/0/replicas").asInt()).isEqualTo(4);
    }

    @Test
    void refusesToCreateAClusterPastAConfiguredLimit() {
        var body = canonicalWith(d -> {
            var subnets = (ArrayNode) d.get("subnets");
            for (int i = 0; i < 3; i++) {
                var copy = (ObjectNode) subnets.get(0).deepCopy();
                copy.put("name", "extra-" + i).put("cidr", "192.168.20" + i + ".0/24");
                subnets.add(copy);
            }
        });

        var response = api.post("/api/v1/clusters", body);

        assertTooLarge(response, "subnets", 9, 8);
        assertThat(api.get("/api/v1/clusters/demo").status()).isEqualTo(404);
    }

    @Test
    void countsEveryKindOfGatewayRouteAgainstOneConfiguredLimit() {
        var body = canonicalWith(d -> {
            d.putArray("httpRoutes").addObject().put("name", "web").put("namespace", "default");
            d.putArray("tcpRoutes").addObject().put("name", "db").put("namespace", "default");
        });
        assertThat(api.post("/api/v1/clusters", body).status()).isEqualTo(201);

        var response = api.post(
                "/api/v1/clusters/demo/udp-routes",
                "{\"name\": \"dns\", \"namespace\": \"default\"}",
                "If-Match",
                "\"0\"");

        assertTooLarge(response, "gatewayRoutes", 3, 2);
        var stored = api.get("/api/v1/clusters/demo");
        assertThat(stored.header("ETag")).isEqualTo("\"0\"");
        assertThat(stored.json().get("udpRoutes")).isEmpty();
    }

    @Test
    void refusesAWarmIpTargetTheArithmeticCannotHold() {
        var body = canonicalWith(d -> ((ObjectNode) d.get("cni")).put("warmIpTarget", Integer.MAX_VALUE));

        var response = api.post("/api/v1/plans", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("cni.warmIpTarget");
    }
}
