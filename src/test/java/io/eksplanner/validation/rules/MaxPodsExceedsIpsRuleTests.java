package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/** MAX_PODS_EXCEEDS_IPS: the kubelet's max pods against the pod addresses a node's ENIs hold. */
class MaxPodsExceedsIpsRuleTests {

    /** The canonical cluster as one self-managed AL2023 group of 4 × m5.large with custom networking. */
    private static Topologies selfManagedCustomNetworking() {
        return Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("cni.customNetworking", true)
                .add("subnets", """
                        {"name": "pods-b", "cidr": "192.168.192.0/20", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}""")
                .add("subnets", """
                        {"name": "pods-c", "cidr": "192.168.208.0/20", "availabilityZone": "ap-northeast-2c",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}""");
    }

    @Test
    void warnsWhenNodeadmsDefaultMaxPodsExceedsTheCustomNetworkingAddresses() {
        var findings = selfManagedCustomNetworking().findings(new MaxPodsExceedsIpsRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("MAX_PODS_EXCEEDS_IPS", Severity.WARNING, "nodeGroups[0].instanceType"));
        assertThat(findings.get(0).message()).contains("max pods is 29").contains("only 18 pod addresses");
        assertThat(findings.get(0).hint()).contains("maxPods on the node group to 20");
    }

    @Test
    void staysQuietWhenMaxPodsMatchesTheAddresses() {
        assertThat(Topologies.canonical().findings(new MaxPodsExceedsIpsRule()))
                .as("managed m5.large: 29 = 27 addresses + 2")
                .isEmpty();
        assertThat(Topologies.canonical().set("cni.customNetworking", true).findings(new MaxPodsExceedsIpsRule()))
                .as("EKS's calculator gives a managed group (N − 1) × (M − 1) + 2 = 20")
                .isEmpty();
        assertThat(selfManagedCustomNetworking()
                        .set("nodeGroups[0].maxPods", 20)
                        .findings(new MaxPodsExceedsIpsRule()))
                .isEmpty();
        assertThat(Topologies.canonical()
                        .set("nodeGroups[0].managed", false)
                        .set("cni.prefixDelegation", true)
                        .findings(new MaxPodsExceedsIpsRule()))
                .as("prefix delegation: 29 max pods, 432 addresses")
                .isEmpty();
    }

    @Test
    void warnsAtAnExplicitMaxPodsAboveTheAddresses() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].maxPods", 110)
                .findings(new MaxPodsExceedsIpsRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("MAX_PODS_EXCEEDS_IPS", "nodeGroups[0].maxPods"));
    }
}
