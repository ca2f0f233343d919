package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The IP plan endpoints over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/ip-plan-api-${random.uuid}")
class IpPlanApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void summarisesTheCanonicalClusterAtDesiredAndMaximumSize() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/ip-plan");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        var plan = response.json();
        assertThat(plan.get("scenario").asString()).isEqualTo("desired");
        var summary = plan.get("summary");
        assertThat(summary.get("nodes").asInt()).isEqualTo(4);
        assertThat(summary.get("running").asInt()).isEqualTo(4);
        assertThat(summary.get("enis").asInt()).isEqualTo(8);
        assertThat(summary.get("nodeIps").asInt()
                        + summary.get("eniPrimaryIps").asInt()
                        + summary.get("podIps").asInt()
                        + summary.get("warmIps").asInt())
                .as("4 nodes × 20 addresses")
                .isEqualTo(80);
        assertThat(summary.get("atMaxSize").get("nodes").asInt()).isEqualTo(8);
        var publicB = plan.get("subnets").get(1);
        assertThat(publicB.get("name").asString()).isEqualTo("public-b");
        assertThat(publicB.get("totalIps").asInt()).isEqualTo(8192);
        assertThat(publicB.get("reservedIps").asInt()).isEqualTo(5);
        assertThat(publicB.get("headroom").get(0).get("nodeGroup").asString()).isEqualTo("ng-1");
        var group = plan.get("effective").get("nodeGroups").get(0);
        assertThat(group.get("maxPods").asInt()).isEqualTo(29);
        assertThat(group.get("workloadSlots").asInt()).isEqualTo(27);
        assertThat(plan.has("nodes")).isFalse();
        assertThat(plan.has("pods")).isFalse();
    }

    @Test
    void pagesNodesInIpOrderWithTheirEnis() {
        var response = api.post("/api/v1/ip-plans?detail=nodes&size=3", Canonical.text());
        var second = api.post("/api/v1/ip-plans?detail=nodes&size=3&page=1", Canonical.text());

        var nodes = response.json().get("nodes");
        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0).get("name").asString()).isEqualTo("ip-192-168-32-4.ap-northeast-2.compute.internal");
        assertThat(nodes.get(0).get("enis")).hasSize(2);
        assertThat(nodes.get(0).get("enis").get(1).get("secondaryIps")).hasSize(9);
        assertThat(response.json().get("page").get("totalElements").asInt()).isEqualTo(4);
        assertThat(response.json().get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.json().get("nodes")).hasSize(1);
        assertThat(second.json().get("nodes").get(0).get("primaryIp").asString())
                .isEqualTo("192.168.64.5");
    }

    @Test
    void listsPodsWithStatusAndReason() {
        var crowded = Topologies.canonical().set("workloads[0].replicas", 110).json();

        var pods = api.post("/api/v1/ip-plans?detail=pods&size=1000", crowded)
                .json()
                .get("pods");

        assertThat(pods).hasSize(110);
        assertThat(pods.get(0).get("status").asString()).isEqualTo("Running");
        assertThat(pods.get(0).get("ip").asString()).startsWith("192.168.");
        var pending = pods.get(109);
        assertThat(pending.get("status").asString()).isEqualTo("Pending");
        assertThat(pending.get("node").isNull()).isTrue();
        assertThat(pending.get("reason").asString()).contains("free pod slot");
    }

    @Test
    void plansTheMaximumScenarioOnRequest() {
        var plan = api.post("/api/v1/ip-plans?scenario=max&detail=nodes", Canonical.text())
                .json();

        assertThat(plan.get("scenario").asString()).isEqualTo("max");
        assertThat(plan.get("nodes")).hasSize(8);
        assertThat(plan.get("summary").get("nodes").asInt())
                .as("the summary still leads with desired")
                .isEqualTo(4);
    }

    @Test
    void refusesUnknownParametersAndIllFormedDocuments() {
        assertThat(api.post("/api/v1/ip-plans?scenario=biggest", Canonical.text())
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/ip-plans?detail=everything", Canonical.text())
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/ip-plans?size=5000&detail=pods", Canonical.text())
                        .status())
                .isEqualTo(400);
        var illFormed = api.post("/api/v1/ip-plans", "{\"name\": \"x\", \"cni\": {\"warmIpTarget\": -1}}");
        assertThat(illFormed.status()).isEqualTo(400);
        assertThat(illFormed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/clusters/ghost/ip-plan").status()).isEqualTo(404);
    }

    @Test
    void storesNothingWhenPlanningADocument() {
        api.post("/api/v1/ip-plans", Canonical.text());

        assertThat(api.get("/api/v1/clusters")
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
    }
}
