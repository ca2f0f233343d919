package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.pods;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Invariants of every IP plan, over small random topologies: 1–3 subnets of /24–/27 in 2–3 AZs of 10.0.0.0/16,
 * 1–3 node groups of small catalogue types, 1–4 workloads, and the CNI in its default, warm-IP or prefix mode,
 * sometimes with custom networking, security groups for pods or subnet discovery off.
 */
class IpPlanPropertyTests {

    private static final List<String> TYPES = List.of("t3.small", "t3.medium", "m5.large", "c5.xlarge");
    private static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");

    @Property(tries = 200)
    void handsOutNoAddressTwice(@ForAll("cases") Case example) {
        var plan = example.plan();
        var seen = new HashSet<Long>();
        for (NodePlan node : plan.nodes()) {
            for (EniPlan eni : node.enis()) {
                assertThat(seen.add(eni.primaryIp()))
                        .as("ENI primary %s", Ipv4Cidr.formatAddress(eni.primaryIp()))
                        .isTrue();
                for (long address : eni.secondaryIps()) {
                    assertThat(seen.add(address))
                            .as("secondary %s", Ipv4Cidr.formatAddress(address))
                            .isTrue();
                }
                for (long prefix : eni.prefixes()) {
                    for (int k = 0; k < 16; k++) {
                        assertThat(seen.add(prefix + k))
                                .as("prefix address %s", Ipv4Cidr.formatAddress(prefix + k))
                                .isTrue();
                    }
                }
            }
        }
        var podIps = new HashSet<Long>();
        for (PodPlan pod : pods(plan)) {
            if (pod.ip() != null && !isNodeIp(plan, pod)) {
                assertThat(podIps.add(pod.ip())).as("pod IP of %s", pod.name()).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void keepsEveryAddressInsideItsSubnetAndOffTheReservedOnes(@ForAll("cases") Case example) {
        var plan = example.plan();
        var cidrs = cidrsByName(plan);
        for (NodePlan node : plan.nodes()) {
            assertThat(node.enis().get(0).kind()).isEqualTo(EniKind.PRIMARY);
            assertThat(node.enis().get(0).primaryIp()).isEqualTo(node.primaryIp());
            assertThat(node.enis().get(0).subnet()).isEqualTo(node.subnet());
            for (EniPlan eni : node.enis()) {
                var cidr = cidrs.get(eni.subnet());
                assertUsable(cidr, eni.primaryIp());
                for (long address : eni.secondaryIps()) {
                    assertUsable(cidr, address);
                }
                for (long prefix : eni.prefixes()) {
                    assertThat(prefix % 16)
                            .as("prefix %s is 16-aligned", Ipv4Cidr.formatAddress(prefix))
                            .isZero();
                    for (int k = 0; k < 16; k++) {
                        assertUsable(cidr, prefix + k);
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void staysWithinEachNodesLimits(@ForAll("cases") Case example) {
        var plan = example.plan();
        for (NodePlan node : plan.nodes()) {
            var type = Topologies.CATALOG
                    .find(example.group(node.nodeGroup()).type())
                    .orElseThrow();
            assertThat(node.podIndices().length).as("pods on %s", node.name()).isLessThanOrEqualTo(node.maxPods() - 2);
            var vpcEnis = node.enis().stream()
                    .filter(eni -> eni.kind() != EniKind.BRANCH)
                    .toList();
            assertThat(vpcEnis).as("ENIs of %s", node.name()).hasSizeLessThanOrEqualTo(type.maxEnis());
            assertThat(node.enis().size() - vpcEnis.size())
                    .as("branch ENIs of %s", node.name())
                    .isLessThanOrEqualTo(type.branchInterfaces() == null ? 0 : type.branchInterfaces());
            for (EniPlan eni : vpcEnis) {
                assertThat(eni.secondaryIps().length + eni.prefixes().length)
                        .as("IP slots of ENI %d of %s", eni.index(), node.name())
                        .isLessThanOrEqualTo(type.ipv4PerEni() - 1);
            }
            if (example.cni().customNetworking()) {
                assertThat(node.enis().get(0).secondaryIps()).isEmpty();
                assertThat(node.enis().get(0).prefixes()).isEmpty();
            }
        }
    }

    @Property(tries = 200)
    void runsEveryRunningPodOnAnAddressOfItsNode(@ForAll("cases") Case example) {
        var plan = example.plan();
        var nodes = plan.nodes().stream().collect(Collectors.toMap(NodePlan::name, node -> node));
        for (int index = 0; index < plan.podCount(); index++) {
            var pod = plan.pod(index);
            switch (pod.status()) {
                case Pending -> {
                    assertThat(pod.node()).as(pod.name()).isNull();
                    assertThat(pod.ip()).as(pod.name()).isNull();
                    assertThat(pod.reason()).as(pod.name()).isNotBlank();
                }
                case ContainerCreating -> {
                    assertThat(pod.node()).as(pod.name()).isNotNull();
                    assertThat(pod.ip()).as(pod.name()).isNull();
                    assertThat(pod.reason()).as(pod.name()).isNotBlank();
                }
                case Running -> {
                    var node = nodes.get(pod.node());
                    assertThat(node).as(pod.name()).isNotNull();
                    if (example.workloadOf(pod).hostNetwork()) {
                        assertThat(pod.ip()).as(pod.name()).isEqualTo(node.primaryIp());
                    } else {
                        var eni = node.enis().stream()
                                .filter(candidate -> holds(candidate, pod.ip()))
                                .findFirst();
                        assertThat(eni)
                                .as(
                                        "%s at %s is on an ENI of %s",
                                        pod.name(), Ipv4Cidr.formatAddress(pod.ip()), node.name())
                                .isPresent();
                        assertThat(pod.eni()).as(pod.name()).isEqualTo(eni.get().index());
                        assertThat(pod.subnet())
                                .as(pod.name())
                                .isEqualTo(eni.get().subnet());
                    }
                }
            }
            if (pod.node() != null) {
                int podIndex = index;
                assertThat(nodes.get(pod.node()).podIndices()).contains(podIndex);
                assertThat(pod.availabilityZone())
                        .isEqualTo(nodes.get(pod.node()).availabilityZone());
            }
        }
        assertThat(plan.nodes().stream()
                        .mapToInt(node -> node.podIndices().length)
                        .sum())
                .isEqualTo((int)
                        pods(plan).stream().filter(pod -> pod.node() != null).count());
    }

    @Property(tries = 200)
    void totalsAreTheSumsOverSubnetsAndPods(@ForAll("cases") Case example) {
        var plan = example.plan();
        var totals = plan.totals();
        var pods = pods(plan);
        assertThat(totals.pods()).isEqualTo(plan.podCount());
        assertThat(totals.running()).isEqualTo(count(pods, PodStatus.Running));
        assertThat(totals.containerCreating()).isEqualTo(count(pods, PodStatus.ContainerCreating));
        assertThat(totals.pending()).isEqualTo(count(pods, PodStatus.Pending));
        assertThat(totals.nodes()).isEqualTo(plan.nodes().size());
        var enis = plan.nodes().stream().flatMap(node -> node.enis().stream()).toList();
        assertThat(totals.branchEnis()).isEqualTo((int)
                enis.stream().filter(eni -> eni.kind() == EniKind.BRANCH).count());
        assertThat(totals.enis()).isEqualTo(enis.size() - totals.branchEnis());

        var subnets = plan.subnets();
        assertThat(totals.nodeIps()).isEqualTo(sum(subnets, SubnetUsage::nodeIps));
        assertThat(totals.eniPrimaryIps()).isEqualTo(sum(subnets, SubnetUsage::eniPrimaryIps));
        assertThat(totals.podIps()).isEqualTo(sum(subnets, SubnetUsage::podIps));
        assertThat(totals.warmIps()).isEqualTo(sum(subnets, SubnetUsage::warmIps));
        assertThat(totals.otherIps()).isEqualTo(sum(subnets, SubnetUsage::otherIps));
        assertThat(totals.freeIps()).isEqualTo(sum(subnets, SubnetUsage::freeIps));
        assertThat(totals.exhaustedSubnets())
                .containsExactlyElementsOf(subnets.stream()
                        .filter(subnet -> subnet.exhausted() || subnet.prefixFragmented())
                        .map(SubnetUsage::name)
                        .toList());

        for (SubnetUsage subnet : subnets) {
            String name = subnet.name();
            var subnetEnis =
                    enis.stream().filter(eni -> eni.subnet().equals(name)).toList();
            long handedOut = subnetEnis.stream()
                    .mapToLong(eni -> 1 + eni.secondaryIps().length + 16L * eni.prefixes().length)
                    .sum();
            long podIps = pods.stream()
                    .filter(pod -> pod.status() == PodStatus.Running
                            && !example.workloadOf(pod).hostNetwork()
                            && name.equals(pod.subnet()))
                    .count();
            assertThat(subnet.reservedIps()).isEqualTo(5);
            assertThat(subnet.nodeIps())
                    .as("node IPs of %s", name)
                    .isEqualTo(plan.nodes().stream()
                            .filter(node -> node.subnet().equals(name))
                            .count());
            assertThat(subnet.eniPrimaryIps())
                    .as("ENI primary IPs of %s", name)
                    .isEqualTo(subnetEnis.stream()
                            .filter(eni -> eni.kind() == EniKind.SECONDARY || eni.kind() == EniKind.TRUNK)
                            .count());
            assertThat(subnet.podIps()).as("pod IPs of %s", name).isEqualTo(podIps);
            assertThat(subnet.warmIps())
                    .as("warm IPs of %s", name)
                    .isEqualTo(handedOut - subnet.nodeIps() - subnet.eniPrimaryIps() - podIps);
            assertThat(handedOut + subnet.otherIps() + subnet.freeIps())
                    .as("every usable address of %s is handed out, another tenant's or free", name)
                    .isEqualTo(subnet.totalIps() - subnet.reservedIps());
        }
    }

    @Property(tries = 200)
    void plansTheSameTopologyTheSameWay(@ForAll("cases") Case example) {
        assertThat(Plans.render(example.plan())).isEqualTo(Plans.render(example.plan()));
    }

    // ---- the random topologies ----------------------------------------------------------------------------------

    record SubnetCase(int prefixLength, int zone, boolean podSubnet, boolean cniRole) {}

    record GroupCase(
            String type, int desired, int extraAtMax, boolean managed, List<Integer> subnets, Integer maxPods) {}

    record WorkloadCase(
            WorkloadKind kind,
            int replicas,
            Placement placement,
            boolean hostNetwork,
            boolean podSecurityGroup,
            Integer onlyGroup) {}

    enum CniMode {
        DEFAULT,
        WARM_IP,
        PREFIX,
        PREFIX_WARM_IP
    }

    record CniCase(
            CniMode mode,
            int warmIpTarget,
            int minimumIpTarget,
            int warmPrefixTarget,
            boolean customNetworking,
            boolean podSecurityGroups,
            boolean subnetDiscovery) {}

    /** One random topology and the scenario to plan it in. */
    record Case(
            int zones,
            List<SubnetCase> subnets,
            List<GroupCase> groups,
            List<WorkloadCase> workloads,
            CniCase cni,
            Scenario scenario) {

        IpPlan plan() {
            return Plans.PLANNER.plan(topology(), scenario);
        }

        GroupCase group(String name) {
            return groups.get(Integer.parseInt(name.substring("ng".length())));
        }

        /** The workload a pod belongs to, from its name {@code w<i>-<n>}. */
        WorkloadCase workloadOf(PodPlan pod) {
            var name = pod.name();
            return workloads.get(Integer.parseInt(name.substring(1, name.lastIndexOf('-'))));
        }

        ClusterTopology topology() {
            var subnetDocuments = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < subnets.size(); i++) {
                var subnet = subnets.get(i);
                var document = new LinkedHashMap<String, Object>();
                document.put("name", "s" + i);
                document.put("cidr", "10.0." + (i * 16) + ".0/" + subnet.prefixLength());
                document.put("availabilityZone", ZONES.get(subnet.zone() % zones));
                document.put("type", "PRIVATE");
                document.put("egress", "NAT_GATEWAY");
                document.put("tags", subnet.cniRole() ? Map.of("kubernetes.io/role/cni", "1") : Map.of());
                document.put("podSubnet", subnet.podSubnet());
                subnetDocuments.add(document);
            }
            var groupDocuments = new ArrayList<Map<String, Object>>();
            for (int g = 0; g < groups.size(); g++) {
                var group = groups.get(g);
                var names = group.subnets().stream()
                        .distinct()
                        .filter(i -> i < subnets.size() && !subnets.get(i).podSubnet())
                        .map(i -> "s" + i)
                        .collect(Collectors.toCollection(ArrayList::new));
                if (names.isEmpty()) {
                    names.add("s0");
                }
                var document = new LinkedHashMap<String, Object>();
                document.put("name", "ng" + g);
                document.put("instanceType", group.type());
                document.put("desiredSize", group.desired());
                document.put("minSize", 0);
                document.put("maxSize", group.desired() + group.extraAtMax());
                document.put("subnets", names);
                document.put("managed", group.managed());
                document.put("maxPods", group.maxPods());
                groupDocuments.add(document);
            }
            var workloadDocuments = new ArrayList<Map<String, Object>>();
            for (int w = 0; w < workloads.size(); w++) {
                var workload = workloads.get(w);
                var document = new LinkedHashMap<String, Object>();
                document.put("name", "w" + w);
                document.put("namespace", "default");
                document.put("kind", workload.kind().name());
                document.put("replicas", workload.replicas());
                document.put("placement", workload.placement().name());
                document.put(
                        "nodeGroups",
                        workload.onlyGroup() == null || workload.onlyGroup() >= groups.size()
                                ? List.of()
                                : List.of("ng" + workload.onlyGroup()));
                document.put("hostNetwork", workload.hostNetwork());
                document.put("podSecurityGroup", workload.podSecurityGroup());
                workloadDocuments.add(document);
            }
            var cniDocument = new HashMap<String, Object>();
            boolean prefix = cni.mode() == CniMode.PREFIX || cni.mode() == CniMode.PREFIX_WARM_IP;
            boolean warmIp = cni.mode() == CniMode.WARM_IP || cni.mode() == CniMode.PREFIX_WARM_IP;
            cniDocument.put("prefixDelegation", prefix);
            cniDocument.put("warmIpTarget", warmIp ? cni.warmIpTarget() : null);
            cniDocument.put("minimumIpTarget", warmIp ? cni.minimumIpTarget() : null);
            cniDocument.put("warmPrefixTarget", prefix ? cni.warmPrefixTarget() : null);
            cniDocument.put("customNetworking", cni.customNetworking());
            cniDocument.put("podSecurityGroups", cni.podSecurityGroups());
            cniDocument.put("subnetDiscovery", cni.subnetDiscovery());
            return Topologies.named("property")
                    .set("region", "us-west-2")
                    .set("vpc", Map.of("cidrBlocks", List.of("10.0.0.0/16")))
                    .set("cni", cniDocument)
                    .set("subnets", subnetDocuments)
                    .set("nodeGroups", groupDocuments)
                    .set("workloads", workloadDocuments)
                    .topology();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<SubnetCase> subnet = Combinators.combine(
                        Arbitraries.integers().between(24, 27),
                        Arbitraries.integers().between(0, 2),
                        rarely(),
                        rarely())
                .as(SubnetCase::new);
        Arbitrary<GroupCase> group = Combinators.combine(
                        Arbitraries.of(TYPES),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(3, 40).injectNull(0.7))
                .as(GroupCase::new);
        Arbitrary<WorkloadCase> workload = Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(6, Arbitraries.just(WorkloadKind.Deployment)),
                                Tuple.of(1, Arbitraries.just(WorkloadKind.StatefulSet)),
                                Tuple.of(2, Arbitraries.just(WorkloadKind.DaemonSet))),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.of(Placement.class),
                        rarely(),
                        rarely(),
                        Arbitraries.integers().between(0, 2).injectNull(0.6))
                .as(WorkloadCase::new);
        Arbitrary<CniCase> cni = Combinators.combine(
                        Arbitraries.of(CniMode.class),
                        Arbitraries.integers().between(1, 10),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(1, 2),
                        rarely(),
                        rarely(),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
                .as(CniCase::new);
        return Combinators.combine(
                        Arbitraries.integers().between(2, 3),
                        subnet.list().ofMinSize(1).ofMaxSize(3).map(IpPlanPropertyTests::firstIsANodeSubnet),
                        group.list().ofMinSize(1).ofMaxSize(3),
                        workload.list().ofMinSize(1).ofMaxSize(4),
                        cni,
                        Arbitraries.of(Scenario.class))
                .as(Case::new);
    }

    private static Arbitrary<Boolean> rarely() {
        return Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
    }

    /** Node groups need a subnet that is not an ENIConfig pod subnet; the first one never is. */
    private static List<SubnetCase> firstIsANodeSubnet(List<SubnetCase> subnets) {
        var fixed = new ArrayList<>(subnets);
        var first = fixed.get(0);
        fixed.set(0, new SubnetCase(first.prefixLength(), first.zone(), false, first.cniRole()));
        return fixed;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static boolean isNodeIp(IpPlan plan, PodPlan pod) {
        return plan.nodes().stream().anyMatch(node -> node.name().equals(pod.node()) && node.primaryIp() == pod.ip());
    }

    private static boolean holds(EniPlan eni, long address) {
        if (eni.kind() == EniKind.BRANCH) {
            return eni.primaryIp() == address;
        }
        return Arrays.stream(eni.secondaryIps()).anyMatch(secondary -> secondary == address)
                || Arrays.stream(eni.prefixes()).anyMatch(prefix -> address >= prefix && address < prefix + 16);
    }

    private static Map<String, Ipv4Cidr> cidrsByName(IpPlan plan) {
        return plan.subnets().stream()
                .collect(Collectors.toMap(SubnetUsage::name, subnet -> Ipv4Cidr.parse(subnet.cidr())));
    }

    /** The address is in the subnet and is none of the first four or the last, which AWS reserves. */
    private static void assertUsable(Ipv4Cidr cidr, long address) {
        assertThat(address)
                .as("%s is a usable address of %s", Ipv4Cidr.formatAddress(address), cidr)
                .isBetween(cidr.first() + 4, cidr.last() - 1);
    }

    private static int count(List<PodPlan> pods, PodStatus status) {
        return (int) pods.stream().filter(pod -> pod.status() == status).count();
    }

    private static long sum(List<SubnetUsage> subnets, java.util.function.ToLongFunction<SubnetUsage> field) {
        return subnets.stream().mapToLong(field).sum();
    }
}
