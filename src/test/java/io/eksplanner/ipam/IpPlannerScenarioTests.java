package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.address;
import static io.eksplanner.ipam.Plans.cidr;
import static io.eksplanner.ipam.Plans.node;
import static io.eksplanner.ipam.Plans.pods;
import static io.eksplanner.ipam.Plans.subnet;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.validation.Topologies;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The planner's behaviour in the situations src/docs/domain-rules.md §3 and src/docs/reference/vpc-cni.md §4–§6
 * describe, one at a time.
 */
class IpPlannerScenarioTests {

    /** An unmanaged node group of {@code size} nodes, as JSON to add to a topology. */
    private static String nodeGroup(String name, String type, int size, String... subnets) {
        return """
                {"name": "%s", "instanceType": "%s", "desiredSize": %d, "minSize": 0, "maxSize": %d,
                 "subnets": [%s], "managed": false}""".formatted(
                        name,
                        type,
                        size,
                        size,
                        Arrays.stream(subnets).map(subnet -> '"' + subnet + '"').collect(Collectors.joining(", ")));
    }

    /** A workload in namespace default, with {@code extra} JSON fields (e.g. {@code "hostNetwork": true}). */
    private static String workload(String name, int replicas, String extra) {
        return """
                {"name": "%s", "namespace": "default", "replicas": %d%s}""".formatted(name, replicas, extra.isEmpty() ? "" : ", " + extra);
    }

    @Test
    void packFillsNodesInIpOrder() {
        var plan = plan(Topologies.canonical()
                .set("nodeGroups[0].instanceType", "t3.small")
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].desiredSize", 3)
                .set("workloads[0].placement", "PACK")
                .set("workloads[0].replicas", 12));

        assertThat(plan.nodes())
                .extracting(NodePlan::name)
                .containsExactly(
                        "ip-192-168-32-4.ap-northeast-2.compute.internal",
                        "ip-192-168-32-5.ap-northeast-2.compute.internal",
                        "ip-192-168-64-4.ap-northeast-2.compute.internal");
        assertThat(podsPerNode(plan)).as("t3.small: 9 workload slots a node").containsExactly(9, 3, 0);
        assertThat(plan.nodes().get(0).podIndices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(plan.totals().running()).isEqualTo(12);
    }

    @Test
    void spreadBalancesAvailabilityZonesBeforeNodes() {
        var plan = plan(Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("public-a"))
                .set("nodeGroups[0].desiredSize", 3)
                .add("nodeGroups", nodeGroup("ng-2", "m5.large", 1, "public-b")));

        var pods = pods(plan);
        assertThat(pods.stream().collect(Collectors.groupingBy(PodPlan::availabilityZone, Collectors.counting())))
                .as("3 nodes in 2a and 1 in 2b: 4 replicas go 2 + 2")
                .isEqualTo(Map.of("ap-northeast-2a", 2L, "ap-northeast-2b", 2L));
        assertThat(pods.stream()
                        .filter(pod -> pod.availabilityZone().equals("ap-northeast-2a"))
                        .map(PodPlan::node))
                .as("within the AZ, the fewest pods of the workload, then the lowest IP")
                .containsExactly(
                        "ip-192-168-0-4.ap-northeast-2.compute.internal",
                        "ip-192-168-0-5.ap-northeast-2.compute.internal");
        assertThat(pods.stream()
                        .filter(pod -> pod.availabilityZone().equals("ap-northeast-2b"))
                        .map(PodPlan::node)
                        .distinct())
                .containsExactly("ip-192-168-32-4.ap-northeast-2.compute.internal");
    }

    @Test
    void spreadBreaksATieBetweenAvailabilityZonesByTheNodesPodsThenIp() {
        // One node in 2a at 192.168.96.4, one in 2b at 192.168.32.4, no pods anywhere: the AZs tie, the nodes
        // tie on pods, and the lower IP wins whatever the AZs are called.
        var byIp = plan(Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("private-a"))
                .set("nodeGroups[0].desiredSize", 1)
                .add("nodeGroups", nodeGroup("ng-2", "m5.large", 1, "public-b"))
                .set("workloads[0].replicas", 1));
        assertThat(pods(byIp).get(0).node()).isEqualTo("ip-192-168-32-4.ap-northeast-2.compute.internal");

        // One node in 2a at 192.168.0.4 running 2 pods of another workload, one in 2b at 192.168.128.4 running
        // none: the AZs tie on this workload's pods, and the node with fewer pods in all wins over the lower IP.
        var byPods = plan(Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("public-a"))
                .set("nodeGroups[0].desiredSize", 1)
                .add("nodeGroups", nodeGroup("ng-2", "m5.large", 1, "private-b"))
                .set("workloads", List.of())
                .add("workloads", workload("batch", 2, "\"nodeGroups\": [\"ng-1\"]"))
                .add("workloads", workload("my-nginx", 1, "")));
        assertThat(pods(byPods))
                .filteredOn(pod -> pod.name().equals("my-nginx-0"))
                .extracting(PodPlan::node)
                .containsExactly("ip-192-168-128-4.ap-northeast-2.compute.internal");
    }

    @Test
    void landsARestrictedWorkloadOnlyOnItsNodeGroups() {
        var plan = plan(Topologies.canonical()
                .add("nodeGroups", nodeGroup("ng-2", "t3.medium", 2, "public-a"))
                .set("workloads[0].nodeGroups", List.of("ng-2"))
                .set("workloads[0].replicas", 5));

        assertThat(pods(plan)).hasSize(5).allSatisfy(pod -> {
            assertThat(pod.status()).isEqualTo(PodStatus.Running);
            assertThat(node(plan, pod).nodeGroup()).isEqualTo("ng-2");
        });
        assertThat(plan.nodes())
                .filteredOn(node -> node.nodeGroup().equals("ng-1"))
                .hasSize(4)
                .allSatisfy(node -> assertThat(node.podIndices()).isEmpty());
    }

    @Test
    void runsADaemonSetPodOnEveryEligibleNodeWhateverItsReplicas() {
        var plan = plan(Topologies.canonical()
                .add("nodeGroups", nodeGroup("ng-2", "t3.medium", 2, "public-a"))
                .set("workloads[0].kind", "DaemonSet")
                .set("workloads[0].replicas", 10)
                .add("workloads", workload("agent", 7, "\"kind\": \"DaemonSet\", \"nodeGroups\": [\"ng-2\"]")));

        var pods = pods(plan);
        var nginx =
                pods.stream().filter(pod -> pod.name().startsWith("my-nginx-")).toList();
        assertThat(nginx).hasSize(6);
        assertThat(nginx).extracting(PodPlan::node).doesNotHaveDuplicates().doesNotContainNull();
        var agents =
                pods.stream().filter(pod -> pod.name().startsWith("agent-")).toList();
        assertThat(agents)
                .hasSize(2)
                .allSatisfy(pod -> assertThat(node(plan, pod).nodeGroup()).isEqualTo("ng-2"));
        assertThat(agents).extracting(PodPlan::node).doesNotHaveDuplicates();
        assertThat(pods).allSatisfy(pod -> assertThat(pod.status()).isEqualTo(PodStatus.Running));
    }

    @Test
    void givesHostNetworkPodsASlotButNoAddress() {
        var plan = plan(Topologies.canonical()
                .set("nodeGroups[0].instanceType", "t3.small")
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].desiredSize", 1)
                .set("workloads", List.of())
                .add("workloads", workload("agent", 9, "\"hostNetwork\": true"))
                .add("workloads", workload("app", 1, "")));

        var node = plan.nodes().get(0);
        var pods = pods(plan);
        assertThat(pods.subList(0, 9)).allSatisfy(pod -> {
            assertThat(pod.status()).isEqualTo(PodStatus.Running);
            assertThat(pod.ip()).as("the node's own IP").isEqualTo(node.primaryIp());
        });
        assertThat(pods.get(9).name()).isEqualTo("app-0");
        assertThat(pods.get(9).status())
                .as("the 9 host-network pods fill t3.small's 9 workload slots")
                .isEqualTo(PodStatus.Pending);
        assertThat(node.enis())
                .as("no pod needs an IP: one ENI and its warm IPs")
                .hasSize(1);
        assertThat(node.enis().get(0).secondaryIps()).hasSize(3);
        assertThat(plan.totals().podIps()).isZero();
        assertThat(plan.totals().warmIps()).isEqualTo(3);
    }

    @Test
    void leavesPodsBeyondTheSlotsPendingWithAReason() {
        var plan = plan(Topologies.canonical().set("workloads[0].replicas", 110));

        var pods = pods(plan);
        assertThat(plan.totals().running())
                .as("4 m5.large nodes: 27 workload slots each")
                .isEqualTo(108);
        assertThat(plan.totals().pending()).isEqualTo(2);
        assertThat(pods.subList(108, 110)).allSatisfy(pod -> {
            assertThat(pod.status()).isEqualTo(PodStatus.Pending);
            assertThat(pod.node()).isNull();
            assertThat(pod.ip()).isNull();
            assertThat(pod.reason()).contains("free pod slot");
        });
    }

    @Test
    void takesPodEnisAndIpsFromThePodSubnetWithCustomNetworking() {
        var plan = plan(customNetworking()
                .add("subnets", podSubnet("pods-b", "192.168.192.0/20", "ap-northeast-2b"))
                .add("subnets", podSubnet("pods-c", "192.168.208.0/20", "ap-northeast-2c")));

        assertThat(plan.nodes()).hasSize(4).allSatisfy(node -> {
            assertThat(node.maxPods()).as("(3 − 1) × 9 + 2").isEqualTo(20);
            assertThat(node.enis().get(0).subnet()).isEqualTo(node.subnet());
            assertThat(node.enis().get(0).secondaryIps()).isEmpty();
            assertThat(node.enis().subList(1, node.enis().size()))
                    .isNotEmpty()
                    .extracting(EniPlan::subnet)
                    .containsOnly(node.subnet().equals("public-b") ? "pods-b" : "pods-c");
        });
        assertThat(pods(plan)).allSatisfy(pod -> {
            assertThat(pod.status()).isEqualTo(PodStatus.Running);
            assertThat(pod.subnet()).startsWith("pods-");
            assertThat(cidr(plan, pod.subnet()).contains(new Ipv4Cidr((int) (long) pod.ip(), 32)))
                    .isTrue();
        });
        var publicB = subnet(plan, "public-b");
        assertThat(publicB.nodeIps()).isEqualTo(2);
        assertThat(publicB.eniPrimaryIps() + publicB.podIps() + publicB.warmIps())
                .as("the node subnet pays 1 IP per node")
                .isZero();
        var podsB = subnet(plan, "pods-b");
        assertThat(podsB.eniPrimaryIps())
                .as("2 pod ENIs a node (1 pod + WARM_ENI_TARGET 1)")
                .isEqualTo(4);
        assertThat(podsB.podIps()).isEqualTo(2);
        assertThat(podsB.warmIps()).isEqualTo(2 * 18 - 2);
    }

    @Test
    void leavesPodsContainerCreatingWhereAnAzHasNoPodSubnet() {
        var plan = plan(customNetworking().add("subnets", podSubnet("pods-b", "192.168.192.0/20", "ap-northeast-2b")));

        assertThat(pods(plan)).allSatisfy(pod -> {
            if (pod.availabilityZone().equals("ap-northeast-2b")) {
                assertThat(pod.status()).isEqualTo(PodStatus.Running);
                assertThat(pod.subnet()).isEqualTo("pods-b");
            } else {
                assertThat(pod.status()).isEqualTo(PodStatus.ContainerCreating);
                assertThat(pod.ip()).isNull();
                assertThat(pod.reason()).contains("pod subnet").contains("ap-northeast-2c");
            }
        });
        assertThat(plan.totals().containerCreating()).isEqualTo(2);
    }

    @Test
    void handsOutAlignedPrefixesAndPodAddressesFromThemWithPrefixDelegation() {
        var plan = plan(Topologies.canonical().set("cni.prefixDelegation", true));

        var first = plan.nodes().get(0);
        assertThat(first.name()).isEqualTo("ip-192-168-32-4.ap-northeast-2.compute.internal");
        assertThat(first.enis()).hasSize(1);
        assertThat(first.enis().get(0).secondaryIps()).isEmpty();
        assertThat(first.enis().get(0).prefixes())
                .as("1 pod + WARM_PREFIX_TARGET 1: the lowest free aligned /28s after the node IPs .4 and .5")
                .containsExactly(address("192.168.32.16"), address("192.168.32.32"));
        assertThat(plan.nodes().get(1).enis().get(0).prefixes())
                .containsExactly(address("192.168.32.48"), address("192.168.32.64"));
        for (NodePlan node : plan.nodes()) {
            var cidr = cidr(plan, node.subnet());
            for (long prefix : node.enis().get(0).prefixes()) {
                assertThat(prefix % 16).isZero();
                assertThat(cidr.contains(new Ipv4Cidr((int) prefix, 28))).isTrue();
            }
        }
        var pod = pods(plan).get(0);
        assertThat(pod.node()).isEqualTo(first.name());
        assertThat(pod.ip()).as("the first address of the node's first prefix").isEqualTo(address("192.168.32.16"));
        assertThat(plan.totals().warmIps()).isEqualTo(4 * (32 - 1));
    }

    @Test
    void givesEachSecurityGroupPodABranchEniOnATrunk() {
        var plan = plan(Topologies.canonical()
                .set("cni.podSecurityGroups", true)
                .set("workloads[0].podSecurityGroup", true)
                .add("workloads", workload("plain", 4, "")));

        assertThat(plan.totals().branchEnis()).isEqualTo(4);
        for (NodePlan node : plan.nodes()) {
            assertThat(node.enis())
                    .as("the plain pod and WARM_ENI_TARGET 1 take 2 of the N − 1 ENIs the trunk leaves")
                    .extracting(EniPlan::kind)
                    .containsExactly(EniKind.PRIMARY, EniKind.SECONDARY, EniKind.TRUNK, EniKind.BRANCH);
            var branch = node.enis().get(3);
            assertThat(branch.secondaryIps()).isEmpty();
            var pod = pods(plan).stream()
                    .filter(candidate -> candidate.name().startsWith("my-nginx-")
                            && candidate.node().equals(node.name()))
                    .findFirst()
                    .orElseThrow();
            assertThat(pod.ip()).as("a branch ENI's only address is its pod's").isEqualTo(branch.primaryIp());
            assertThat(pod.eni()).isEqualTo(branch.index());
        }
        assertThat(pods(plan))
                .filteredOn(pod -> pod.name().startsWith("plain-"))
                .allSatisfy(pod ->
                        assertThat(pod.eni()).as("other pods use secondary IPs").isZero());
        var publicB = subnet(plan, "public-b");
        assertThat(publicB.eniPrimaryIps())
                .as("two secondary ENIs and two trunks")
                .isEqualTo(4);
        assertThat(publicB.podIps()).as("two branch ENIs and two secondary IPs").isEqualTo(4);
    }

    @Test
    void putsASecondaryEniInATaggedSubnetOfTheAzWithMoreFreeAddresses() {
        var topology =
                Topologies.canonical().set("subnets[1].cidr", "192.168.32.0/24").add("subnets", """
                        {"name": "cni-b", "cidr": "192.168.192.0/20", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "tags": {"kubernetes.io/role/cni": "1"}}""");

        var plan = plan(topology);

        assertThat(plan.nodes()).allSatisfy(node -> {
            assertThat(node.enis()).hasSize(2);
            assertThat(node.enis().get(0).subnet()).isEqualTo(node.subnet());
            assertThat(node.enis().get(1).subnet())
                    .as("the tagged /20 has more free addresses than public-b; 2c has no tagged subnet")
                    .isEqualTo(node.subnet().equals("public-b") ? "cni-b" : "public-c");
        });
        assertThat(plan(topology.set("cni.subnetDiscovery", false)).nodes())
                .as("without discovery every ENI stays in the node's subnet")
                .allSatisfy(node ->
                        assertThat(node.enis()).extracting(EniPlan::subnet).containsOnly(node.subnet()));
        assertThat(plan(topology.set("cni.subnetDiscovery", true).set("subnets[6].cidr", "192.168.192.0/28"))
                        .nodes())
                .as("a tagged subnet with fewer free addresses is not chosen")
                .allSatisfy(node ->
                        assertThat(node.enis()).extracting(EniPlan::subnet).containsOnly(node.subnet()));
    }

    @Test
    void discoversOnlyTaggedSubnetsThatCarryNoOtherClustersTag() {
        var topology =
                Topologies.canonical().set("subnets[1].cidr", "192.168.32.0/24").add("subnets", """
                        {"name": "cni-b", "cidr": "192.168.192.0/20", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY",
                         "tags": {"kubernetes.io/role/cni": "1", "kubernetes.io/cluster/other": "shared"}}""");

        assertThat(plan(topology).nodes())
                .as("a subnet with cluster tags is only for the clusters it names (src/docs/reference/vpc-cni.md §4.4)")
                .allSatisfy(node ->
                        assertThat(node.enis()).extracting(EniPlan::subnet).containsOnly(node.subnet()));
        assertThat(plan(topology.set(
                                "subnets[6].tags",
                                Map.of(
                                        "kubernetes.io/role/cni",
                                        "1",
                                        "kubernetes.io/cluster/other",
                                        "shared",
                                        "kubernetes.io/cluster/demo",
                                        "shared")))
                        .nodes()
                        .stream()
                        .filter(node -> node.subnet().equals("public-b")))
                .as("tagged for this cluster (demo) too")
                .allSatisfy(node -> assertThat(node.enis().get(1).subnet()).isEqualTo("cni-b"));
    }

    @Test
    void attachesNoEniInANodeSubnetTaggedCniZero() {
        var topology = Topologies.canonical()
                .set("subnets[1].tags", Map.of("kubernetes.io/role/cni", "0"))
                .set("workloads[0].replicas", 40);

        for (boolean discovery : new boolean[] {true, false}) {
            var plan = plan(topology.set("cni.subnetDiscovery", discovery));

            assertThat(plan.nodes())
                    .filteredOn(node -> node.subnet().equals("public-b"))
                    .as("discovery %s: public-b takes no new ENI and no other subnet of 2b may", discovery)
                    .allSatisfy(node -> assertThat(node.enis()).hasSize(1));
            assertThat(pods(plan))
                    .filteredOn(pod -> pod.availabilityZone().equals("ap-northeast-2b"))
                    .filteredOn(pod -> pod.status() == PodStatus.ContainerCreating)
                    .as(
                            discovery
                                    ? "10 pods a node, the primary ENI excluded too (setupENI → excludedENIBasedOnSubnetTags)"
                                    : "10 pods a node, 9 secondary IPs on the primary ENI")
                    .hasSize(discovery ? 20 : 2)
                    .allSatisfy(pod -> assertThat(pod.reason()).contains("kubernetes.io/role/cni"));
        }
        var withCniSubnet = plan(topology.set("cni.subnetDiscovery", true).add("subnets", """
                        {"name": "cni-b", "cidr": "192.168.192.0/28", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "tags": {"kubernetes.io/role/cni": "1"}}"""));
        assertThat(withCniSubnet.nodes().get(0).enis())
                .as("the tagged /28 (11 usable) is the only valid subnet in 2b, however small: it takes one further"
                        + " ENI of 10 addresses, and EC2 refuses the next whole in the 1 left; the primary ENI in the"
                        + " cni=0 subnet holds no pod IP")
                .extracting(EniPlan::subnet)
                .containsExactly("public-b", "cni-b");
        assertThat(withCniSubnet.nodes().get(0).enis().get(0).secondaryIps()).isEmpty();
    }

    @Test
    void excludesANodeSubnetTaggedForTheCniOfOtherClustersOnly() {
        // IsSubnetExcluded: kubernetes.io/role/cni=1 with cluster tags, none for demo, excludes the subnet as cni=0
        // does: no new ENI there, and with subnet discovery the primary ENI holds no pod IP either.
        var topology = Topologies.canonical()
                .set("subnets[1].tags", Map.of("kubernetes.io/role/cni", "1", "kubernetes.io/cluster/other", "shared"))
                .set("workloads[0].replicas", 40);

        var plan = plan(topology);

        assertThat(plan.nodes())
                .filteredOn(node -> node.subnet().equals("public-b"))
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.enis()).hasSize(1))
                .allSatisfy(
                        node -> assertThat(node.enis().get(0).secondaryIps()).isEmpty());
        assertThat(pods(plan))
                .filteredOn(pod -> pod.availabilityZone().equals("ap-northeast-2b"))
                .hasSize(20)
                .allSatisfy(pod -> assertThat(pod.status()).isEqualTo(PodStatus.ContainerCreating))
                .allSatisfy(pod -> assertThat(pod.reason()).contains("only other clusters'"));
        var forDemoToo = plan(topology.set(
                "subnets[1].tags",
                Map.of(
                        "kubernetes.io/role/cni",
                        "1",
                        "kubernetes.io/cluster/other",
                        "shared",
                        "kubernetes.io/cluster/demo",
                        "shared")));
        assertThat(forDemoToo.totals().containerCreating()).isZero();
    }

    @Test
    void movesOnToATaggedSubnetWhenTheNodeSubnetRunsOutUnderSubnetDiscovery() {
        // Two m5.large nodes with 10 pods each in a /28 node subnet (11 usable): the node IPs and the first node's 9
        // secondary IPs empty it. The second node's primary ENI gets nothing; with subnet discovery tryAssignIPs goes
        // on (continue on InsufficientFreeAddressesInSubnet) and increaseDatastorePool attaches new ENIs, which go to
        // the tagged cni-b. Without discovery ipamd stops at the error and the second node's pods wait.
        var topology = Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/28")
                .set("nodeGroups[0].subnets", List.of("public-b"))
                .set("nodeGroups[0].desiredSize", 2)
                .set("workloads[0].replicas", 20)
                .add("subnets", """
                        {"name": "cni-b", "cidr": "192.168.192.0/24", "availabilityZone": "ap-northeast-2b",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "tags": {"kubernetes.io/role/cni": "1"}}""");

        var plan = plan(topology.set("cni.subnetDiscovery", true));
        var second = plan.nodes().get(1);
        assertThat(second.enis()).extracting(EniPlan::subnet).containsExactly("public-b", "cni-b", "cni-b");
        assertThat(second.enis().get(0).secondaryIps()).isEmpty();
        assertThat(plan.totals().running()).isEqualTo(20);

        var withoutDiscovery = plan(topology.set("cni.subnetDiscovery", false));
        assertThat(withoutDiscovery.nodes().get(1).enis()).hasSize(1);
        // The second node's 10 pods, and the first node's tenth, whose new ENI has only public-b to go to.
        assertThat(withoutDiscovery.totals().containerCreating()).isEqualTo(11);
    }

    @Test
    void spreadsTheSameReplicasOverEveryNodeAtMaxSize() {
        var topology = Topologies.canonical().set("workloads[0].replicas", 16);

        var desired = Plans.desired(topology);
        var max = Plans.max(topology);

        assertThat(desired.nodes()).hasSize(4);
        assertThat(podsPerNode(desired)).containsOnly(4);
        assertThat(max.scenario()).isEqualTo(Scenario.MAX);
        assertThat(max.nodes()).as("maxSize 8").hasSize(8);
        assertThat(podsPerNode(max)).containsOnly(2);
        assertThat(max.totals().running()).isEqualTo(16);
        assertThat(max.nodes())
                .as("each node at its own steady state: 2 pods + WARM_ENI_TARGET 1 → 2 ENIs")
                .allSatisfy(node -> assertThat(node.enis()).hasSize(2));
    }

    @Test
    void reservesTheControlPlaneEnisInTheControlPlaneSubnets() {
        var byDefault = plan(Topologies.canonical());
        assertThat(otherIps(byDefault))
                .as("empty controlPlaneSubnets: every subnet that is not a pod subnet, 4 ENIs round-robin")
                .containsExactly(1L, 1L, 1L, 1L, 0L, 0L);

        var named = plan(Topologies.canonical().set("controlPlaneSubnets", List.of("private-a", "private-b")));
        assertThat(otherIps(named)).containsExactly(0L, 0L, 0L, 2L, 2L, 0L);
        assertThat(named.totals().otherIps()).isEqualTo(IpPlanner.CONTROL_PLANE_ENIS);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static IpPlan plan(Topologies topology) {
        return Plans.desired(topology);
    }

    private static List<Integer> podsPerNode(IpPlan plan) {
        return plan.nodes().stream().map(node -> node.podIndices().length).toList();
    }

    private static List<Long> otherIps(IpPlan plan) {
        return plan.subnets().stream().map(SubnetUsage::otherIps).toList();
    }

    private static Topologies customNetworking() {
        return Topologies.canonical().set("cni.customNetworking", true);
    }

    private static String podSubnet(String name, String cidr, String zone) {
        return """
                {"name": "%s", "cidr": "%s", "availabilityZone": "%s", "type": "PRIVATE", "egress": "NAT_GATEWAY",
                 "podSubnet": true}""".formatted(name, cidr, zone);
    }
}
