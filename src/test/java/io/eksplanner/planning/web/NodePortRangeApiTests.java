package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The NodePort range's exhaustion over HTTP: the same finding from /validations and /plans whichever type of Service
 * the apiserver refuses first, and its message as the reason of the first refused LoadBalancer Service's plan.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/validation-api-${random.uuid}")
class NodePortRangeApiTests {

    private static final String REFUSED = "services[2768].ports[0].nodePort";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /**
     * The canonical cluster (its LoadBalancer Service holds NodePort 30686) and 2,769 one-port NodePort Services: the
     * 2,768th of them, services[2768], finds the range full; then {@code loadBalancers} LoadBalancer Services.
     */
    private static String document(int loadBalancers) {
        var topology = Topologies.canonical();
        for (int i = 0; i < 2_769; i++) {
            topology.add("services", service("np-" + i, "NodePort"));
        }
        for (int i = 0; i < loadBalancers; i++) {
            topology.add("services", service("lb-" + i, "LoadBalancer"));
        }
        return topology.json();
    }

    private static String service(String name, String type) {
        return """
                {"name": "%s", "namespace": "default", "type": "%s", "selector": {"app": "my-nginx"},
                 "ports": [{"port": 80, "targetPort": 80}]}
                """.formatted(name, type);
    }

    private static List<JsonNode> exhausted(JsonNode findingsOrProblems) {
        var found = new ArrayList<JsonNode>();
        findingsOrProblems.forEach(node -> {
            if (node.get("code").asString().equals("NODEPORT_RANGE_EXHAUSTED")) {
                found.add(node);
            }
        });
        return found;
    }

    @Test
    void reportsARefusedNodePortServiceFromValidationsAndPlansThoughNoLoadBalancerIsRefused() {
        var body = document(0);

        var validations = api.post("/api/v1/validations", body);
        var plans = api.post("/api/v1/plans", body);
        var loadBalancers = api.post("/api/v1/load-balancer-plans", body);

        assertThat(validations.status()).as(validations.body()).isEqualTo(200);
        var finding = exhausted(validations.json().get("findings"));
        assertThat(finding).hasSize(1);
        assertThat(finding.get(0).get("path").asString()).isEqualTo(REFUSED);
        assertThat(finding.get(0).get("message").asString()).contains("default/np-2767", "1 later Service(s)");
        assertThat(validations.json().get("valid").asBoolean()).isFalse();
        assertThat(exhausted(plans.json().get("validation").get("findings"))).isEqualTo(finding);
        assertThat(loadBalancers.status()).isEqualTo(200);
        var only = loadBalancers.json().get("loadBalancers");
        assertThat(only).hasSize(1);
        assertThat(only.get(0).get("type").asString()).isEqualTo("CLB");
        assertThat(only.get(0).path("reason").isMissingNode()
                        || only.get(0).path("reason").isNull())
                .isTrue();
    }

    @Test
    void givesTheFirstRefusedLoadBalancerPlanTheSameProblemAsTheFinding() {
        var body = document(2);

        var finding = exhausted(api.post("/api/v1/validations", body).json().get("findings"));
        var loadBalancers = api.post("/api/v1/load-balancer-plans", body).json().get("loadBalancers");

        assertThat(finding).hasSize(1);
        assertThat(finding.get(0).get("path").asString()).isEqualTo(REFUSED);
        assertThat(finding.get(0).get("message").asString()).contains("default/np-2767", "3 later Service(s)");
        assertThat(loadBalancers).hasSize(3);
        var refused = loadBalancers.get(1);
        assertThat(refused.get("source").get(0).asString()).isEqualTo("Service default/lb-0");
        assertThat(refused.path("type").isMissingNode() || refused.path("type").isNull())
                .isTrue();
        assertThat(refused.get("reason")).isEqualTo(finding.get(0).get("message"));
        assertThat(loadBalancers.get(2).get("reason").asString())
                .isEqualTo("the apiserver refuses to create this Service: failed to allocate a nodePort: range is full"
                        + " (30000-32767)");
    }
}
