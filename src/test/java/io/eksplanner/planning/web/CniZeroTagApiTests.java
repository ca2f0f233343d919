package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A node subnet tagged kubernetes.io/role/cni=0 over HTTP (src/docs/reference/vpc-cni.md §4.4, Corrections 4): with
 * subnet discovery the primary ENI holds no pod IP either (ipamd setupENI → excludedENIBasedOnSubnetTags).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/cni-zero-api-${random.uuid}")
class CniZeroTagApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void givesNoPodAnAddressOnThePrimaryEniOfASubnetTaggedCniZero() {
        var topology = Topologies.canonical()
                .set("subnets[1].tags", Map.of("kubernetes.io/role/cni", "0"))
                .add("subnets", """
                        {"name": "cni-b", "cidr": "192.168.192.0/24", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "tags": {"kubernetes.io/role/cni": "1"}}""")
                .set("workloads[0].replicas", 8);

        var nodes = api.post("/api/v1/ip-plans?detail=nodes", topology.json())
                .json()
                .get("nodes");

        var inB = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        nodes.forEach(node -> {
            if (node.get("subnet").asString().equals("public-b")) {
                inB.add(node);
            }
        });
        assertThat(inB).hasSize(2).allSatisfy(node -> {
            var enis = node.get("enis");
            assertThat(enis.get(0).get("secondaryIps")).isEmpty();
            assertThat(enis.get(1).get("subnet").asString()).isEqualTo("cni-b");
            assertThat(enis.get(1).get("secondaryIps")).hasSize(9);
        });
    }
}
