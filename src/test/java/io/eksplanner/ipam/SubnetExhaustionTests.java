package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.node;
import static io.eksplanner.ipam.Plans.pods;
import static io.eksplanner.ipam.Plans.subnet;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/**
 * What the plan says when subnets run out (src/docs/domain-rules.md §2 SUBNET_IP_EXHAUSTED, SUBNET_IP_EXHAUSTED_AT_MAX,
 * PREFIX_FRAGMENTED; src/docs/reference/vpc-cni.md §4.5): pods with a slot but no address are ContainerCreating with
 * the CNI's reason, and the plan names the subnets that did not fit.
 */
class SubnetExhaustionTests {

    /** The canonical example with its node subnets public-b and public-c cut to /{@code prefixLength}. */
    private static Topologies canonicalWithNodeSubnets(int prefixLength) {
        return Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/" + prefixLength)
                .set("subnets[2].cidr", "192.168.64.0/" + prefixLength);
    }

    @Test
    void namesTheNodeSubnetsOfTheCanonicalExampleExhaustedAtSlash27() {
        var plan = Plans.desired(canonicalWithNodeSubnets(27));

        assertThat(plan.totals().exhaustedSubnets()).containsExactly("public-b", "public-c");
        assertThat(subnet(plan, "public-b").exhausted()).isTrue();
        assertThat(subnet(plan, "public-b").freeIps()).isZero();
        assertThat(subnet(plan, "public-a").exhausted()).isFalse();
        // 27 usable addresses for two m5.large nodes that want 20 each: the first node's steady state takes 19
        // after the 2 node IPs, and the second node's primary ENI gets the last 6, which is short of its warm
        // target but enough for its one pod. With the canonical 4 replicas no pod is left without an address.
        assertThat(plan.nodes().get(1).enis().get(0).secondaryIps()).hasSize(6);
        assertThat(plan.totals().containerCreating()).isZero();
    }

    @Test
    void leavesPodsContainerCreatingWithAReasonNamingTheExhaustedSubnet() {
        var plan = Plans.desired(canonicalWithNodeSubnets(27).set("workloads[0].replicas", 40));

        assertThat(plan.totals().exhaustedSubnets()).containsExactly("public-b", "public-c");
        // 10 pods a node, 2 nodes a subnet: the first node holds 18 addresses (its third ENI does not fit whole in
        // the 6 left), and the second node's primary ENI gets those 6, so 4 of its pods wait.
        assertThat(plan.totals().containerCreating()).isEqualTo(8);
        assertThat(pods(plan))
                .filteredOn(pod -> pod.status() == PodStatus.ContainerCreating)
                .allSatisfy(pod -> {
                    assertThat(pod.ip()).isNull();
                    assertThat(pod.reason())
                            .startsWith("failed to assign an IP address to container")
                            .contains("subnet " + node(plan, pod).subnet() + " ")
                            .contains("InsufficientFreeAddressesInSubnet");
                });
    }

    @Test
    void attachesNoEniItsSubnetCannotHoldWhole() {
        // One m5.large node (3 ENIs of 10 addresses, max pods 29) alone in a /27 (27 usable) with 20 pods: its IP
        // and 9 secondary IPs, then a second ENI of 10, leave 7. ipamd creates the third ENI with its 9 secondary
        // IPs in one CreateNetworkInterface call, which EC2 refuses whole: no third ENI, the 7 addresses stay free,
        // and the 2 pods past the 18 addresses wait (amazon-vpc-cni-k8s v1.23.1 tryAllocateENI → createENI).
        var plan = Plans.desired(
                canonicalWithNodeSubnets(27).set("nodeGroups[0].desiredSize", 1).set("workloads[0].replicas", 20));

        assertThat(plan.nodes()).hasSize(1);
        assertThat(plan.nodes().get(0).enis()).hasSize(2);
        var publicB = subnet(plan, "public-b");
        assertThat(publicB.eniPrimaryIps()).isEqualTo(1);
        assertThat(publicB.podIps() + publicB.warmIps()).isEqualTo(18);
        // The 7 left, less the address of the canonical LoadBalancer Service's ENI in the subnet.
        assertThat(publicB.otherIps()).isEqualTo(1);
        assertThat(publicB.freeIps()).isEqualTo(6);
        assertThat(publicB.exhausted()).isTrue();
        assertThat(plan.totals().running()).isEqualTo(18);
        assertThat(plan.totals().containerCreating()).isEqualTo(2);
        assertThat(pods(plan))
                .filteredOn(pod -> pod.status() == PodStatus.ContainerCreating)
                .allSatisfy(pod -> assertThat(pod.reason())
                        .contains("subnet public-b ")
                        .contains("InsufficientFreeAddressesInSubnet"));
    }

    @Test
    void createsAPrefixEniOnlyWithAFreeAlignedSlash28BesideItsAddress() {
        // Custom networking with prefix delegation: every pod ENI is new, and its first /28 comes with it. A /27 pod
        // subnet holds 27 free addresses but no aligned /28 (its two blocks hold the reserved addresses), so EC2
        // refuses the ENI with InsufficientCidrBlocks and no address of the pod subnet is used.
        var plan = Plans.desired(Topologies.canonical()
                .set("cni.prefixDelegation", true)
                .set("cni.customNetworking", true)
                .set("subnets[4].cidr", "192.168.128.0/27")
                .set("subnets[4].podSubnet", true)
                .set("nodeGroups[0].desiredSize", 1));

        var podSubnet = subnet(plan, "private-b");
        assertThat(podSubnet.freeIps()).isEqualTo(27);
        assertThat(podSubnet.prefixFragmented()).isTrue();
        assertThat(plan.nodes().get(0).enis()).hasSize(1);
        assertThat(pods(plan))
                .filteredOn(pod -> pod.status() == PodStatus.ContainerCreating)
                .isNotEmpty()
                .allSatisfy(pod -> assertThat(pod.reason()).contains("InsufficientCidrBlocks"));
    }

    @Test
    void fitsAtDesiredSizeButNotAtMaxSize() {
        // 16 replicas: 4 a node on 4 nodes (2 ENIs, 20 addresses each) fit two /26s; at maxSize 8 nodes with 2 pods
        // each still want 20 addresses a node, and 4 nodes in a /26 (59 usable) do not fit: the third node's second
        // ENI is refused whole, and the fourth node's primary ENI gets the 8 addresses left, enough for its 2 pods.
        var topology = canonicalWithNodeSubnets(26).set("workloads[0].replicas", 16);

        var desired = Plans.desired(topology);
        var max = Plans.max(topology);

        assertThat(desired.totals().running()).isEqualTo(16);
        assertThat(desired.totals().containerCreating()).isZero();
        assertThat(desired.totals().exhaustedSubnets()).isEmpty();
        assertThat(max.nodes()).hasSize(8);
        assertThat(max.totals().containerCreating()).isZero();
        assertThat(max.nodes()).filteredOn(node -> node.enis().size() < 2).hasSize(4);
        assertThat(max.totals().exhaustedSubnets()).containsExactly("public-b", "public-c");
    }

    @Test
    void reportsAFragmentedSubnetWhenFreeAddressesHoldNoAlignedSlash28() {
        // A /26 has four aligned /28s; the first holds the reserved addresses and the node IPs .4 and .5, the last
        // the broadcast address. The first node takes the two in between, and the 24 addresses left are scattered.
        var plan = Plans.desired(canonicalWithNodeSubnets(26).set("cni.prefixDelegation", true));

        var publicB = subnet(plan, "public-b");
        assertThat(publicB.prefixFragmented()).isTrue();
        assertThat(publicB.freeIps()).isGreaterThanOrEqualTo(16);
        assertThat(plan.totals().exhaustedSubnets()).contains("public-b");
        assertThat(plan.nodes().get(0).enis().get(0).prefixes()).hasSize(2);
        var secondNodePod = pods(plan).stream()
                .filter(pod -> pod.node().equals(plan.nodes().get(1).name()))
                .findFirst()
                .orElseThrow();
        assertThat(secondNodePod.status()).isEqualTo(PodStatus.ContainerCreating);
        assertThat(secondNodePod.reason()).contains("subnet public-b").contains("InsufficientCidrBlocks");
        assertThat(subnet(Plans.desired(Topologies.canonical().set("cni.prefixDelegation", true)), "public-b")
                        .prefixFragmented())
                .isFalse();
    }
}
