package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ipamd's warm-pool arithmetic over HTTP (src/docs/reference/vpc-cni.md §4.3, Corrections 1–3): the canonical
 * cluster, 4 managed m5.large nodes (N = 3, M = 10), with the CNI targets changed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/warm-pool-api-${random.uuid}")
class WarmPoolApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void leavesPodsBeyondMinimumIpTargetWaitingWhenNoWarmIpTargetIsSet() {
        var topology = Topologies.canonical()
                .set("cni.minimumIpTarget", 10)
                .set("cni.warmIpTarget", null)
                .set("workloads[0].replicas", 60);

        var summary = api.post("/api/v1/ip-plans", topology.json()).json().get("summary");

        assertThat(summary.get("running").asInt()).as("10 addresses a node").isEqualTo(40);
        assertThat(summary.get("containerCreating").asInt()).isEqualTo(20);
        assertThat(summary.get("warmIps").asInt()).isZero();
    }

    @Test
    void keepsOneEniMoreWhenWarmEniTargetZeroLeavesNoAddressFree() {
        var topology = Topologies.canonical().set("cni.warmEniTarget", 0).set("workloads[0].replicas", 36);

        var summary = api.post("/api/v1/ip-plans", topology.json()).json().get("summary");

        assertThat(summary.get("running").asInt()).isEqualTo(36);
        assertThat(summary.get("enis").asInt()).as("⌊9/9⌋ + 1 = 2 ENIs a node").isEqualTo(8);
        assertThat(summary.get("warmIps").asInt()).isEqualTo(4 * 9);
    }
}
