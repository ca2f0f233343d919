package io.eksplanner.planning.web;

import static io.eksplanner.planning.web.AlbScenarioTests.example;
import static io.eksplanner.planning.web.AlbScenarioTests.loadBalancer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.eksplanner.support.ApiClient;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Weighted forwards over real HTTP (src/docs/domain-rules.md §4, "Paths and traffic follow the forwards"): a 90/10
 * canary, as an HTTPRoute's backendRefs and as an Ingress's weighted {@code actions.<name>} forward, gives the pods of
 * each Service 0.9 and 0.1 of the load balancer's requests, paths and target-group shares alike; weight 0 gives none.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/forward-weights-${random.uuid}")
class ForwardWeightScenarioTests {

    private static final double EXACT = 1e-6;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    private JsonNode plan(ObjectNode topology, String id) {
        var response = api.post("/api/v1/load-balancer-plans", topology.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return loadBalancer(response.json(), id);
    }

    /**
     * The Gateway example's cluster with the store route's canary rule alone: on both listeners, cart-stable weight
     * {@code stable} and cart-canary weight {@code canary}.
     */
    private ObjectNode gatewayCanary(int stable, int canary) throws IOException {
        var stream = example("canonical-cluster.eksctl.yaml") + "\n---\n" + example("gateway-api.manifests.yaml");
        var imported = api.send("POST", "/api/v1/imports?dryRun=true", stream, "application/yaml");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var topology = (ObjectNode) imported.json().get("topology");
        topology.putObject("loadBalancing")
                .put("controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .put("serviceMutatorWebhook", true);
        for (JsonNode route : topology.get("httpRoutes")) {
            if (route.get("name").asString().equals("store")) {
                var rules = (tools.jackson.databind.node.ArrayNode) route.get("rules");
                rules.remove(1);
                var backends = rules.get(0).get("backendRefs");
                ((ObjectNode) backends.get(0)).put("weight", stable);
                ((ObjectNode) backends.get(1)).put("weight", canary);
            }
        }
        return topology;
    }

    /** The blue/green example without its header rule: the weighted forward alone, blue {@code blue}, green {@code green}. */
    private ObjectNode ingressCanary(int blue, int green) throws IOException {
        var topology = (ObjectNode) ApiClient.tree(example("alb-blue-green.json"));
        var ingress = (ObjectNode) topology.get("ingresses").get(0);
        ((tools.jackson.databind.node.ArrayNode) ingress.get("rules").get(0).get("paths")).remove(0);
        ((ObjectNode) ingress.get("annotations"))
                .put(
                        "alb.ingress.kubernetes.io/actions.blue-green",
                        "{\"type\": \"forward\", \"forwardConfig\": {\"targetGroups\": [{\"serviceName\": \"shop-blue\","
                                + " \"servicePort\": 80, \"weight\": " + blue + "}, {\"serviceName\": \"shop-green\","
                                + " \"servicePort\": 80, \"weight\": " + green + "}]}}");
        return topology;
    }

    /** The sum of the load balancer's pod shares over the pods whose name starts with {@code workload}. */
    private static double podShares(JsonNode loadBalancer, String workload) {
        double sum = 0;
        int pods = 0;
        for (JsonNode pod : loadBalancer.get("traffic").get("pods")) {
            if (pod.get("pod").asString().startsWith(workload + "-")) {
                sum += pod.get("share").asDouble();
                pods++;
            }
        }
        assertThat(pods).as("pods of " + workload).isPositive();
        return sum;
    }

    /** The sum of the shares of the paths through target groups whose name contains {@code service}. */
    private static double pathShares(JsonNode loadBalancer, String service) {
        double sum = 0;
        for (JsonNode path : loadBalancer.get("paths")) {
            if (path.get("targetGroup").asString().contains(service)) {
                sum += path.get("share").asDouble();
            }
        }
        return sum;
    }

    private static double groupShare(JsonNode loadBalancer, String service) {
        for (JsonNode group : loadBalancer.get("targetGroups")) {
            if (group.get("name").asString().contains(service)) {
                return group.get("share").asDouble();
            }
        }
        throw new AssertionError("no target group of " + service + " in " + loadBalancer.get("targetGroups"));
    }

    @Test
    void splitsAnHttpRouteCanaryNinetyTenAcrossTheServicesPods() throws IOException {
        var alb = plan(gatewayCanary(90, 10), GatewayScenarioTests.WEB);

        assertThat(podShares(alb, "cart-stable")).isCloseTo(0.9, within(EXACT));
        assertThat(podShares(alb, "cart-canary")).isCloseTo(0.1, within(EXACT));
        assertThat(pathShares(alb, "cart-stable")).isCloseTo(0.9, within(EXACT));
        assertThat(pathShares(alb, "cart-canary")).isCloseTo(0.1, within(EXACT));
        assertThat(groupShare(alb, "cart-stable")).isEqualTo(0.9);
        assertThat(groupShare(alb, "cart-canary")).isEqualTo(0.1);
        assertThat(alb.get("traffic").get("podsWithoutTraffic").asInt()).isZero();
    }

    @Test
    void givesAnHttpRouteBackendOfWeightZeroNothing() throws IOException {
        var alb = plan(gatewayCanary(90, 0), GatewayScenarioTests.WEB);

        assertThat(podShares(alb, "cart-stable")).isCloseTo(1.0, within(EXACT));
        assertThat(podShares(alb, "cart-canary")).isZero();
        assertThat(groupShare(alb, "cart-canary")).isZero();
        assertThat(pathShares(alb, "cart-canary")).isZero();
        assertThat(alb.get("traffic").get("podsWithoutTraffic").asInt()).isEqualTo(1);
        assertThat(alb.get("traffic").has("maxToMinPodShare")).isFalse();
    }

    @Test
    void splitsAnIngressWeightedForwardNinetyTenAcrossTheServicesPods() throws IOException {
        var alb = plan(ingressCanary(90, 10), AlbScenarioTests.SHOP);

        assertThat(podShares(alb, "shop-blue")).isCloseTo(0.9, within(EXACT));
        assertThat(podShares(alb, "shop-green")).isCloseTo(0.1, within(EXACT));
        assertThat(pathShares(alb, "shop-blue")).isCloseTo(0.9, within(EXACT));
        assertThat(groupShare(alb, "shop-green")).isEqualTo(0.1);
    }

    @Test
    void givesAnIngressTargetGroupOfWeightZeroNothing() throws IOException {
        var alb = plan(ingressCanary(100, 0), AlbScenarioTests.SHOP);

        assertThat(podShares(alb, "shop-blue")).isCloseTo(1.0, within(EXACT));
        assertThat(podShares(alb, "shop-green")).isZero();
        assertThat(pathShares(alb, "shop-green")).isZero();
    }

    @Test
    void givesEachForwardAnEqualPartWhateverItsTargetGroups() throws IOException {
        // The blue/green example as it stands: the header rule forwards to green, the weighted rule 90/10.
        var alb = plan((ObjectNode) ApiClient.tree(example("alb-blue-green.json")), AlbScenarioTests.SHOP);

        assertThat(groupShare(alb, "shop-blue")).isEqualTo(0.45);
        assertThat(groupShare(alb, "shop-green")).isEqualTo(0.55);
        assertThat(podShares(alb, "shop-green")).isCloseTo(0.55, within(EXACT));
    }
}
