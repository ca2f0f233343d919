package io.eksplanner.planning.web;

import static io.eksplanner.planning.web.AlbScenarioTests.loadBalancer;
import static io.eksplanner.planning.web.AlbScenarioTests.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gateway API load balancers over real HTTP: {@code examples/gateway-api.manifests.yaml} imported as a dry run beside
 * the canonical ClusterConfig, then planned as a posted document (src/docs/domain-rules.md §4, "Gateway API load
 * balancers"): an internet-facing ALB Gateway shared by two namespaces (one refused by allowedRoutes), a weighted canary
 * between two Services, an NLB Gateway with a TCPRoute and a UDPRoute across a ReferenceGrant.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/gateway-scenario-${random.uuid}")
class GatewayScenarioTests {

    static final String WEB = "gateway.infra.web";
    static final String EDGE = "gateway.infra.edge";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** The canonical cluster with the Gateway manifests applied, under the AWS Load Balancer Controller. */
    private ObjectNode cluster() throws IOException {
        var stream = Files.readString(Path.of("examples/canonical-cluster.eksctl.yaml")) + "\n---\n"
                + Files.readString(Path.of("examples/gateway-api.manifests.yaml"));
        var imported = api.send("POST", "/api/v1/imports?dryRun=true", stream, "application/yaml");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var topology = (ObjectNode) imported.json().get("topology");
        topology.putObject("loadBalancing")
                .put("controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .put("serviceMutatorWebhook", true);
        return topology;
    }

    private JsonNode plan(ObjectNode topology) {
        var response = api.post("/api/v1/load-balancer-plans", topology.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode status(JsonNode loadBalancer, String kind, String name) {
        for (JsonNode route : loadBalancer.get("routes")) {
            if (route.get("kind").asString().equals(kind)
                    && route.get("name").asString().equals(name)) {
                return route;
            }
        }
        throw new AssertionError("no status of " + kind + " " + name + " in " + loadBalancer);
    }

    @Test
    void plansTheInternetFacingAlbGatewayAndRefusesTheRouteAllowedRoutesKeepsOut() throws IOException {
        var alb = loadBalancer(plan(cluster()), WEB);

        assertThat(alb.get("type").asString()).isEqualTo("ALB");
        assertThat(alb.get("owner").asString()).isEqualTo("AWS_LOAD_BALANCER_CONTROLLER");
        assertThat(alb.get("scheme").asString()).isEqualTo("internet-facing");
        assertThat(texts(alb.get("source"))).containsExactly("Gateway infra/web", "HTTPRoute store/store");
        var listeners = alb.get("listeners");
        assertThat(listeners.get(0).get("protocol").asString()).isEqualTo("HTTP");
        assertThat(listeners.get(0).get("defaultAction").asString()).isEqualTo("fixed-response 404");
        assertThat(listeners.get(1).get("protocol").asString()).isEqualTo("HTTPS");
        assertThat(texts(listeners.get(1).get("certificates")))
                .containsExactly("arn:aws:acm:ap-northeast-2:111122223333:certificate/web");
        var store = status(alb, "HTTPRoute", "store");
        assertThat(store.get("accepted").asBoolean()).isTrue();
        var blog = status(alb, "HTTPRoute", "blog");
        assertThat(blog.get("accepted").asBoolean()).isFalse();
        assertThat(blog.get("reason").asString()).isEqualTo("NotAllowedByListeners");
    }

    @Test
    void splitsTheCartBetweenStableAndCanaryByWeightAndSendsTheRestToTheStorefront() throws IOException {
        var alb = loadBalancer(plan(cluster()), WEB);

        var rules = alb.get("rules");
        var http = new java.util.ArrayList<JsonNode>();
        rules.forEach(rule -> {
            if (rule.get("listenerPort").asInt() == 80) {
                http.add(rule);
            }
        });
        assertThat(http).hasSize(2);
        assertThat(texts(http.get(0).get("conditions")))
                .containsExactly("host-header: shop.example.com", "path-pattern: /cart, /cart/*");
        var weighted = http.get(0).get("actionDetail").get("targetGroups");
        assertThat(weighted.get(0).get("name").asString())
                .isEqualTo("infra/web:store-store:HTTPRoute-store-cart-stable:8080");
        assertThat(weighted.get(0).get("weight").asInt()).isEqualTo(90);
        assertThat(weighted.get(1).get("weight").asInt()).isEqualTo(10);
        assertThat(texts(http.get(1).get("conditions")))
                .containsExactly("host-header: shop.example.com", "path-pattern: /*");
        assertThat(http.get(1).get("priority").asInt()).isEqualTo(2);
        var storefront = targetGroup(alb, "infra/web:store-store:HTTPRoute-store-storefront:8080");
        assertThat(storefront.get("healthCheck").get("path").asString()).isEqualTo("/healthz");
        assertThat(storefront.get("healthCheck").get("intervalSeconds").asInt()).isEqualTo(10);
        assertThat(storefront.get("targets")).hasSize(2);
        assertThat(storefront.get("targets").get(0).get("port").asInt()).isEqualTo(8080);
        // Four forwards (both rules on both listeners), each a quarter; the cart's split 90/10.
        assertThat(storefront.get("share").asDouble()).isEqualTo(0.5);
        assertThat(targetGroup(alb, "infra/web:store-store:HTTPRoute-store-cart-stable:8080")
                        .get("share")
                        .asDouble())
                .isEqualTo(0.45);
        assertThat(targetGroup(alb, "infra/web:store-store:HTTPRoute-store-cart-canary:8080")
                        .get("share")
                        .asDouble())
                .isEqualTo(0.05);
    }

    @Test
    void plansTheNlbGatewayWithTcpAndUdpRoutesAcrossTheReferenceGrant() throws IOException {
        var topology = cluster();
        var nlb = loadBalancer(plan(topology), EDGE);

        assertThat(nlb.get("type").asString()).isEqualTo("NLB");
        assertThat(nlb.get("scheme").asString()).isEqualTo("internal");
        var listeners = nlb.get("listeners");
        assertThat(listeners).hasSize(2);
        assertThat(listeners.get(0).get("protocol").asString()).isEqualTo("UDP");
        assertThat(listeners.get(0).get("port").asInt()).isEqualTo(53);
        assertThat(listeners.get(1).get("protocol").asString()).isEqualTo("TCP");
        assertThat(listeners.get(1).get("port").asInt()).isEqualTo(5432);
        assertThat(status(nlb, "UDPRoute", "dns").get("resolvedRefs").asBoolean())
                .isTrue();

        ((ObjectNode) topology).withArray("referenceGrants").removeAll();
        var withoutGrant = loadBalancer(plan(topology), EDGE);

        var dns = status(withoutGrant, "UDPRoute", "dns");
        assertThat(dns.get("accepted").asBoolean()).isTrue();
        assertThat(dns.get("resolvedRefs").asBoolean()).isFalse();
        assertThat(dns.get("reason").asString()).isEqualTo("RefNotPermitted");
        assertThat(withoutGrant.get("listeners")).hasSize(1);
    }

    @Test
    void plansTheGatewaysOfAStoredClusterAsThoseOfAPostedDocument() throws IOException {
        var topology = cluster();
        topology.put("name", "gateway-stored");
        api.delete("/api/v1/clusters/gateway-stored");
        var created = api.post("/api/v1/clusters", topology.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var stored = api.get("/api/v1/clusters/gateway-stored/load-balancers/" + WEB);

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().get("type").asString()).isEqualTo("ALB");
        assertThat(stored.json().get("name").asString()).isEqualTo("k8s-infra-web-{uid-hash}");
    }

    private static JsonNode targetGroup(JsonNode loadBalancer, String name) {
        for (JsonNode group : loadBalancer.get("targetGroups")) {
            if (group.get("name").asString().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no target group " + name + " in " + loadBalancer.get("targetGroups"));
    }
}
