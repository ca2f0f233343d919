package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.pods;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.IpPlan.NodeGroupPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/**
 * A node's max pods comes from its bootstrap, not from the CNI mode (src/docs/domain-rules.md §3,
 * src/docs/reference/vpc-cni.md §3.3 and Corrections 6): amazon-eks-ami nodeadm {@code CalcMaxPods} (commit
 * 81fec2e8) for a self-managed AL2023 node, AL2's bootstrap.sh for AL2, EKS's calculator and its caps for a managed
 * group.
 */
class NodeBootstrapMaxPodsTests {

    /** The canonical cluster (4 × m5.large: N = 3, M = 10) as one self-managed group, with {@code amiFamily}. */
    private static Topologies selfManaged(String amiFamily) {
        return Topologies.canonical().set("nodeGroups[0].managed", false).set("nodeGroups[0].amiFamily", amiFamily);
    }

    private static NodeGroupPlan group(Topologies topology) {
        return Plans.desired(topology).nodeGroups().get(0);
    }

    @Test
    void selfManagedAl2023NodeRegistersNodeadmDefaultDespitePrefixDelegation() {
        var group = group(selfManaged(null).set("cni.prefixDelegation", true));

        assertThat(group.maxPods())
                .as("3 × (10 − 1) + 2, not 3 × 9 × 16 + 2 = 434")
                .isEqualTo(29);
        assertThat(group.maxPodsSource()).isEqualTo(MaxPodsSource.NODEADM_DEFAULT);
        assertThat(group.workloadSlots()).isEqualTo(27);
    }

    @Test
    void selfManagedAl2023NodeRegistersNodeadmDefaultDespiteCustomNetworking() {
        var topology = selfManaged("AmazonLinux2023")
                .set("cni.customNetworking", true)
                .set("workloads[0].replicas", 27 * 4)
                .add("subnets", podSubnet("pods-b", "192.168.192.0/20", "ap-northeast-2b"))
                .add("subnets", podSubnet("pods-c", "192.168.208.0/20", "ap-northeast-2c"));
        var plan = Plans.desired(topology);

        assertThat(plan.nodeGroups().get(0).maxPods())
                .as("not (3 − 1) × 9 + 2 = 20")
                .isEqualTo(29);
        assertThat(plan.nodeGroups().get(0).maxPodsSource()).isEqualTo(MaxPodsSource.NODEADM_DEFAULT);
        assertThat(plan.totals().containerCreating())
                .as("27 pods scheduled a node, 2 ENIs × 9 addresses serve them: 9 a node wait")
                .isEqualTo(9 * 4);
        assertThat(pods(plan))
                .filteredOn(pod -> pod.status() == PodStatus.Running)
                .hasSize(18 * 4);
    }

    @Test
    void selfManagedAl2NodeRegistersTheEniMaxPodsValue() {
        var group = group(selfManaged("AmazonLinux2").set("cni.prefixDelegation", true));

        assertThat(group.maxPods()).isEqualTo(29);
        assertThat(group.maxPodsSource()).isEqualTo(MaxPodsSource.ENI_FORMULA);
    }

    @Test
    void selfManagedNodeOfAnUnmodelledFamilySaysSo() {
        var group = group(selfManaged("Bottlerocket"));

        assertThat(group.maxPods()).isEqualTo(29);
        assertThat(group.maxPodsSource()).isEqualTo(MaxPodsSource.AMI_FAMILY_NOT_MODELLED);
    }

    @Test
    void managedGroupKeepsEksCalculatorAndItsCap() {
        var managed = Topologies.canonical().set("cni.prefixDelegation", true);
        var group = group(managed);

        assertThat(group.maxPods()).as("434 under EKS's 110 cap (2 vCPUs)").isEqualTo(110);
        assertThat(group.maxPodsSource()).isEqualTo(MaxPodsSource.EKS_MANAGED_CAP);
        assertThat(group(Topologies.canonical().set("cni.customNetworking", true))
                        .maxPods())
                .isEqualTo(20);
    }

    @Test
    void explicitMaxPodsWinsOverTheBootstrap() {
        var group = group(selfManaged(null).set("cni.prefixDelegation", true).set("nodeGroups[0].maxPods", 110));

        assertThat(group.maxPods()).isEqualTo(110);
        assertThat(group.maxPodsSource()).isEqualTo(MaxPodsSource.EXPLICIT);
    }

    private static String podSubnet(String name, String cidr, String zone) {
        return """
                {"name": "%s", "cidr": "%s", "availabilityZone": "%s", "type": "PRIVATE", "egress": "NAT_GATEWAY",
                 "podSubnet": true}""".formatted(name, cidr, zone);
    }
}
