package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Max pods from the node's bootstrap over HTTP (src/docs/domain-rules.md §3): a self-managed AL2023 group with
 * custom networking registers nodeadm's N×(M−1)+2, more pods than its ENIs address.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/node-bootstrap-api-${random.uuid}")
class NodeBootstrapApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    /** Four m5.large AL2023 workers, self-managed, custom networking with one pod subnet per AZ, 108 replicas. */
    private static String customNetworkingWorkers() {
        return Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].amiFamily", "AmazonLinux2023")
                .set("cni.customNetworking", true)
                .set("workloads[0].replicas", 108)
                .add("subnets", """
                        {"name": "pods-b", "cidr": "192.168.192.0/20", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}""")
                .add("subnets", """
                        {"name": "pods-c", "cidr": "192.168.208.0/20", "availabilityZone": "ap-northeast-2c",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}""")
                .json();
    }

    @Test
    void plansNodeadmsDefaultMaxPodsAndTheContainerCreatingPodsBeyondTheAddresses() {
        var response = api.post("/api/v1/ip-plans", customNetworkingWorkers());

        assertThat(response.status()).isEqualTo(200);
        var group = response.json().get("effective").get("nodeGroups").get(0);
        assertThat(group.get("maxPods").asInt()).isEqualTo(29);
        assertThat(group.get("maxPodsSource").asString()).isEqualTo("nodeadm-default");
        var summary = response.json().get("summary");
        assertThat(summary.get("running").asInt())
                .as("4 nodes × 2 pod ENIs × 9 addresses")
                .isEqualTo(72);
        assertThat(summary.get("containerCreating").asInt()).isEqualTo(36);
    }

    @Test
    void warnsThatMaxPodsExceedsTheAddresses() {
        var response = api.post("/api/v1/validations", customNetworkingWorkers());

        assertThat(response.status()).isEqualTo(200);
        var codes = new ArrayList<String>();
        response.json().get("findings").forEach(finding -> {
            if (finding.get("code").asString().equals("MAX_PODS_EXCEEDS_IPS")) {
                assertThat(finding.get("severity").asString()).isEqualTo("WARNING");
                assertThat(finding.get("source").asString()).contains("CalcMaxPods");
            }
            codes.add(finding.get("code").asString());
        });
        assertThat(codes).contains("MAX_PODS_EXCEEDS_IPS");
    }
}
