package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.catalog.MaxPods;
import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.Headroom;
import io.eksplanner.ipam.IpPlan.NodeGroupPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.IpPlan.Totals;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans every node's ENIs and every pod's IP the way the Amazon VPC CNI does (domain-rules §3, vpc-cni.md §3–§6):
 * nodes placed round-robin over their group's subnets, pods scheduled on pod slots, each node's ENIs and addresses
 * at the CNI's steady state for its pods and warm targets, addresses taken lowest free first. Plain Java,
 * deterministic: the same topology gives the same plan.
 */
public final class IpPlanner {

    /** EKS creates 2–4 ENIs in the control-plane subnets (eks-vpc.md §1.4); the plan reserves the worst case. */
    public static final int CONTROL_PLANE_ENIS = 4;

    static final String CNI_ROLE_TAG = "kubernetes.io/role/cni";

    /** Nodes by pods in all, then primary IP (then creation, for overlapping subnets' equal addresses). */
    private static final Comparator<NodeState> BY_LOAD = Comparator.comparingInt((NodeState node) -> node.totalPods)
            .thenComparingLong(node -> node.primaryIp)
            .thenComparingInt(node -> node.creationIndex);

    /** SPREAD's node order: pods of the workload, then pods in all, then IP. */
    private static final Comparator<NodeState> BY_WORKLOAD_THEN_LOAD =
            Comparator.comparingInt((NodeState node) -> node.workloadPods).thenComparing(BY_LOAD);

    static final String CLUSTER_TAG_PREFIX = "kubernetes.io/cluster/";

    private final InstanceTypeCatalog catalog;

    public IpPlanner(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The plan of {@code topology} in {@code scenario}. */
    public IpPlan plan(ClusterTopology topology, Scenario scenario) {
        return plan(topology, scenario, Map.of());
    }

    /**
     * The plan of {@code topology} in {@code scenario}, with {@code loadBalancerEnis} addresses (by subnet name) taken
     * by load balancers' ENIs after the nodes and the control plane: other tenants of the subnets (domain-rules §3).
     */
    public IpPlan plan(ClusterTopology topology, Scenario scenario, Map<String, Integer> loadBalancerEnis) {
        return new Run(topology, scenario, loadBalancerEnis).plan();
    }

    /** The node count of a group in a scenario: desiredSize (else minSize, else 0), or maxSize (else that). */
    static int nodeCount(NodeGroup group, Scenario scenario) {
        int desired = group.desiredSize() != null ? group.desiredSize() : group.minSize() != null ? group.minSize() : 0;
        if (scenario == Scenario.MAX && group.maxSize() != null) {
            return Math.max(group.maxSize(), 0);
        }
        return Math.max(desired, 0);
    }

    /** One node while it is planned. */
    private static final class NodeState {
        final int creationIndex;
        final int groupIndex;
        final InstanceType type;
        final SubnetSpace space;
        final long primaryIp;
        final int maxPods;
        int freeSlots;
        int totalPods;
        int branchFree;
        int workloadPods;
        int[] pods = new int[4];
        int podCount;
        long ownSubnetIps = 1;
        final List<EniPlan> enis = new ArrayList<>();

        NodeState(
                int creationIndex, int groupIndex, InstanceType type, SubnetSpace space, long primaryIp, int maxPods) {
            this.creationIndex = creationIndex;
            this.groupIndex = groupIndex;
            this.type = type;
            this.space = space;
            this.primaryIp = primaryIp;
            this.maxPods = maxPods;
            this.freeSlots = Math.max(0, maxPods - 2);
        }

        void addPod(int pod) {
            if (podCount == pods.length) {
                pods = Arrays.copyOf(pods, podCount * 2);
            }
            pods[podCount++] = pod;
            freeSlots--;
            totalPods++;
        }

        String zone() {
            return space.subnet.availabilityZone();
        }
    }

    private final class Run {

        private final ClusterTopology topology;
        private final Scenario scenario;
        private final EffectiveCni cni;
        private final SubnetSpace[] spaces;
        private final List<SubnetSpace> orderedSpaces = new ArrayList<>();
        private final List<NodeState> nodes = new ArrayList<>();
        private final List<NodeGroupPlan> groupPlans = new ArrayList<>();
        private final PodTable pods;
        private final Map<Integer, Long> groupFootprint = new HashMap<>();
        private int nodesNotLaunched;
        private List<NodeState> nodesByIp = List.of();

        private final Map<String, Integer> loadBalancerEnis;

        Run(ClusterTopology topology, Scenario scenario, Map<String, Integer> loadBalancerEnis) {
            this.topology = topology;
            this.scenario = scenario;
            this.loadBalancerEnis = loadBalancerEnis;
            this.cni = EffectiveCni.of(topology.cni());
            var subnets = topology.subnets();
            this.spaces = new SubnetSpace[subnets.size()];
            var names = new ArrayList<String>();
            var zones = new ArrayList<String>();
            for (int i = 0; i < subnets.size(); i++) {
                names.add(subnets.get(i).name());
                zones.add(subnets.get(i).availabilityZone());
                if (subnets.get(i).cidr() != null) {
                    spaces[i] = new SubnetSpace(i, subnets.get(i));
                    orderedSpaces.add(spaces[i]);
                }
            }
            this.pods = new PodTable(names, zones);
        }

        IpPlan plan() {
            launchNodes();
            nodesByIp = nodes.stream()
                    .sorted(Comparator.comparingLong((NodeState node) -> node.primaryIp))
                    .toList();
            indexFittingNodes();
            schedule();
            for (NodeState node : nodes) {
                allocate(node);
            }
            reserveControlPlaneEnis();
            reserveLoadBalancerEnis();
            return result();
        }

        // ---- nodes ----------------------------------------------------------------------------------------------

        private void launchNodes() {
            var groups = topology.nodeGroups();
            for (int g = 0; g < groups.size(); g++) {
                var group = groups.get(g);
                int count = nodeCount(group, scenario);
                var type = group.instanceType() == null
                        ? catalog.find("m5.large").orElse(null)
                        : catalog.find(group.instanceType()).orElse(null);
                var groupSpaces = group.subnets().stream()
                        .map(name -> spaceNamed(name))
                        .filter(space -> space != null)
                        .toList();
                String notLaunched = null;
                if (type == null) {
                    notLaunched = "instance type " + group.instanceType() + " is not in the catalogue";
                } else if (groupSpaces.isEmpty()) {
                    notLaunched = "the node group names no subnet with a CIDR block";
                }
                if (notLaunched != null) {
                    nodesNotLaunched += count;
                    groupPlans.add(
                            new NodeGroupPlan(group.name(), group.instanceType(), 0, null, null, null, notLaunched));
                    continue;
                }
                var maxPods = effectiveMaxPods(group, type);
                int launched = 0;
                for (int i = 0; i < count; i++) {
                    var space = groupSpaces.get(i % groupSpaces.size());
                    long ip = space.take();
                    if (ip < 0) {
                        nodesNotLaunched++;
                        continue;
                    }
                    space.nodeIps++;
                    var node = new NodeState(nodes.size(), g, type, space, ip, maxPods.value());
                    node.branchFree = cni.podSecurityGroups() && trunkCapable(type) ? type.branchInterfaces() : 0;
                    nodes.add(node);
                    launched++;
                }
                groupPlans.add(new NodeGroupPlan(
                        group.name(),
                        type.name(),
                        launched,
                        maxPods.value(),
                        maxPods.source(),
                        Math.max(0, maxPods.value() - 2),
                        launched < count ? (count - launched) + " node(s) got no address in their subnet" : null));
            }
        }

        private SubnetSpace spaceNamed(String name) {
            var subnets = topology.subnets();
            for (int i = 0; i < subnets.size(); i++) {
                if (subnets.get(i).name().equals(name)) {
                    return spaces[i];
                }
            }
            return null;
        }

        private record EffectiveMaxPods(int value, MaxPodsSource source) {}

        /** Explicit maxPods; else EKS's cap for a managed group; else the ENI formula (domain-rules §3). */
        private EffectiveMaxPods effectiveMaxPods(NodeGroup group, InstanceType type) {
            if (group.maxPods() != null) {
                return new EffectiveMaxPods(group.maxPods(), MaxPodsSource.EXPLICIT);
            }
            int formula = MaxPods.forMode(type, cni.prefixDelegation(), cni.customNetworking());
            if (!group.isManaged()) {
                return new EffectiveMaxPods(formula, MaxPodsSource.ENI_FORMULA);
            }
            var cap = MaxPods.managedCap(type);
            if (cap == null) {
                return new EffectiveMaxPods(formula, MaxPodsSource.ENI_FORMULA_VCPUS_UNKNOWN);
            }
            return formula > cap
                    ? new EffectiveMaxPods(cap, MaxPodsSource.EKS_MANAGED_CAP)
                    : new EffectiveMaxPods(formula, MaxPodsSource.ENI_FORMULA);
        }

        private static boolean trunkCapable(InstanceType type) {
            return type.branchInterfaces() != null && type.branchInterfaces() > 0;
        }

        // ---- scheduling -----------------------------------------------------------------------------------------

        private void schedule() {
            var workloads = topology.workloads();
            // DaemonSets first: they run on every node whatever else is scheduled (system pods).
            for (Workload workload : workloads) {
                if (workload.kind() == WorkloadKind.DaemonSet) {
                    scheduleDaemonSet(workload);
                }
            }
            for (Workload workload : workloads) {
                if (workload.kind() != WorkloadKind.DaemonSet) {
                    scheduleReplicas(workload);
                }
            }
        }

        private boolean usesBranchEni(Workload workload) {
            return cni.podSecurityGroups()
                    && workload.podSecurityGroup() != null
                    && workload.podSecurityGroup()
                    && !isHostNetwork(workload);
        }

        private static boolean isHostNetwork(Workload workload) {
            return workload.hostNetwork() != null && workload.hostNetwork();
        }

        private boolean eligible(NodeState node, Workload workload) {
            return workload.nodeGroups().isEmpty()
                    || workload.nodeGroups()
                            .contains(topology.nodeGroups().get(node.groupIndex).name());
        }

        private boolean fits(NodeState node, boolean branch) {
            return node.freeSlots > 0 && (!branch || node.branchFree > 0);
        }

        private void place(int pod, NodeState node, boolean branch) {
            var zoneNodes = fittingByZone.get(String.valueOf(node.zone()));
            zoneNodes.remove(node);
            pods.node[pod] = node.creationIndex;
            node.addPod(pod);
            if (branch) {
                node.branchFree--;
            }
            if (node.freeSlots > 0) {
                zoneNodes.add(node);
            }
        }

        /** Every launched node with a free slot, per AZ, by pods in all then IP: kept current by {@link #place}. */
        private final Map<String, TreeSet<NodeState>> fittingByZone = new TreeMap<>();

        private void indexFittingNodes() {
            for (NodeState node : nodesByIp) {
                var zoneNodes =
                        fittingByZone.computeIfAbsent(String.valueOf(node.zone()), zone -> new TreeSet<>(BY_LOAD));
                if (node.freeSlots > 0) {
                    zoneNodes.add(node);
                }
            }
        }

        private void scheduleDaemonSet(Workload workload) {
            int index = pods.addWorkload(workload.name(), workload.namespace());
            boolean branch = usesBranchEni(workload);
            int ordinal = 0;
            for (NodeState node : nodesByIp) {
                if (!eligible(node, workload)) {
                    continue;
                }
                int pod = pods.add(index, ordinal++);
                if (fits(node, branch)) {
                    place(pod, node, branch);
                } else {
                    pods.setReason(
                            pod,
                            "node " + nodeName(node) + " has no free pod slot" + (branch ? " or branch ENI" : "")
                                    + " (max pods " + node.maxPods + ")");
                }
            }
        }

        private void scheduleReplicas(Workload workload) {
            int index = pods.addWorkload(workload.name(), workload.namespace());
            int replicas = workload.replicas() == null ? 1 : workload.replicas();
            boolean branch = usesBranchEni(workload);
            // Every node is eligible for a workload without a node-group restriction: no list of them is made then,
            // which for a hundred thousand nodes and thousands of workloads would dominate the plan.
            var eligible = workload.nodeGroups().isEmpty()
                    ? nodesByIp
                    : nodesByIp.stream()
                            .filter(node -> eligible(node, workload))
                            .toList();
            int first = pods.size();
            for (int ordinal = 0; ordinal < replicas; ordinal++) {
                pods.add(index, ordinal);
            }
            int placed = workload.placement() == Placement.PACK
                    ? pack(first, replicas, eligible, branch)
                    : workload.nodeGroups().isEmpty() && !branch
                            ? spreadOverCluster(first, replicas)
                            : spread(first, replicas, eligible, branch);
            if (placed < replicas) {
                var reason = pendingReason(workload, eligible, branch);
                for (int pod = first + placed; pod < first + replicas; pod++) {
                    pods.setReason(pod, reason);
                }
            }
        }

        /** Fills eligible nodes in IP order; returns how many pods got a node. */
        private int pack(int first, int replicas, List<NodeState> eligible, boolean branch) {
            int placed = 0;
            for (NodeState node : eligible) {
                while (placed < replicas && fits(node, branch)) {
                    place(first + placed++, node, branch);
                }
                if (placed == replicas) {
                    break;
                }
            }
            return placed;
        }

        /**
         * Puts each pod on the eligible node whose AZ has the fewest pods of the workload, then the fewest pods of
         * the workload on the node, then the fewest pods in all, then the lowest IP (domain-rules §3).
         */
        /**
         * SPREAD for a workload that may run on every node, without a queue per workload: among a zone's nodes with a
         * free slot (kept ordered by pods in all, then IP), the first the workload has no pod on is the best, since
         * it has the fewest of the workload's pods; only once none is left do the nodes it has pods on compete. The
         * result is the same as {@link #spread}'s; the cost grows with the pods placed, not with the nodes.
         */
        private int spreadOverCluster(int first, int replicas) {
            var zones = new ArrayList<>(fittingByZone.keySet());
            var zonePods = new int[zones.size()];
            var exhausted = new boolean[zones.size()];
            var touched = new ArrayList<PriorityQueue<NodeState>>();
            var everTouched = new ArrayList<NodeState>();
            for (int z = 0; z < zones.size(); z++) {
                touched.add(new PriorityQueue<>(BY_WORKLOAD_THEN_LOAD));
            }
            int placed = 0;
            while (placed < replicas) {
                int bestZone = -1;
                NodeState bestNode = null;
                for (int z = 0; z < zones.size(); z++) {
                    var node = exhausted[z] ? null : firstUntouched(fittingByZone.get(zones.get(z)));
                    if (node == null) {
                        exhausted[z] = true;
                        node = touched.get(z).peek();
                    }
                    if (node == null) {
                        continue;
                    }
                    int byPods = bestZone < 0 ? -1 : Integer.compare(zonePods[z], zonePods[bestZone]);
                    if (byPods < 0 || (byPods == 0 && BY_WORKLOAD_THEN_LOAD.compare(node, bestNode) < 0)) {
                        bestZone = z;
                        bestNode = node;
                    }
                }
                if (bestNode == null) {
                    break;
                }
                if (bestNode.workloadPods > 0) {
                    touched.get(bestZone).poll();
                } else {
                    everTouched.add(bestNode);
                }
                place(first + placed++, bestNode, false);
                bestNode.workloadPods++;
                zonePods[bestZone]++;
                if (bestNode.freeSlots > 0) {
                    touched.get(bestZone).add(bestNode);
                }
            }
            everTouched.forEach(node -> node.workloadPods = 0);
            return placed;
        }

        private static NodeState firstUntouched(TreeSet<NodeState> zoneNodes) {
            for (NodeState node : zoneNodes) {
                if (node.workloadPods == 0) {
                    return node;
                }
            }
            return null;
        }

        private int spread(int first, int replicas, List<NodeState> eligible, boolean branch) {
            var byZone = new TreeMap<String, List<NodeState>>();
            for (NodeState node : eligible) {
                node.workloadPods = 0;
                if (fits(node, branch)) {
                    byZone.computeIfAbsent(String.valueOf(node.zone()), zone -> new ArrayList<>())
                            .add(node);
                }
            }
            Comparator<NodeState> order = Comparator.comparingInt((NodeState node) -> node.workloadPods)
                    .thenComparingInt(node -> node.totalPods)
                    .thenComparingLong(node -> node.primaryIp);
            var queues = new LinkedHashMap<String, PriorityQueue<NodeState>>();
            var zonePods = new HashMap<String, Integer>();
            byZone.forEach((zone, zoneNodes) -> {
                var queue = new PriorityQueue<>(order);
                queue.addAll(zoneNodes);
                queues.put(zone, queue);
                zonePods.put(zone, 0);
            });
            int placed = 0;
            while (placed < replicas) {
                // Among the AZs with the fewest pods of the workload, the one whose best node comes first.
                String bestZone = null;
                NodeState bestNode = null;
                for (var entry : queues.entrySet()) {
                    var node = entry.getValue().peek();
                    if (node == null) {
                        continue;
                    }
                    int byPods = bestZone == null
                            ? -1
                            : Integer.compare(zonePods.get(entry.getKey()), zonePods.get(bestZone));
                    if (byPods < 0 || (byPods == 0 && order.compare(node, bestNode) < 0)) {
                        bestZone = entry.getKey();
                        bestNode = node;
                    }
                }
                if (bestZone == null) {
                    break;
                }
                var queue = queues.get(bestZone);
                var node = queue.poll();
                place(first + placed++, node, branch);
                node.workloadPods++;
                zonePods.merge(bestZone, 1, Integer::sum);
                if (fits(node, branch)) {
                    queue.add(node);
                }
            }
            // The next workload starts from zero; spreadOverCluster relies on it.
            eligible.forEach(node -> node.workloadPods = 0);
            return placed;
        }

        private String pendingReason(Workload workload, List<NodeState> eligible, boolean branch) {
            if (eligible.isEmpty()) {
                return "0 nodes are available: "
                        + (workload.nodeGroups().isEmpty()
                                ? "the cluster has no launched nodes"
                                : "node groups " + workload.nodeGroups() + " have no launched nodes");
            }
            int slots = eligible.stream()
                    .mapToInt(node -> Math.max(0, node.maxPods - 2))
                    .sum();
            return "0/" + eligible.size() + " eligible nodes have a free pod slot" + (branch ? " and branch ENI" : "")
                    + " (" + slots + " workload slots in all: max pods − 2 per node)";
        }

        // ---- addresses ------------------------------------------------------------------------------------------

        private void allocate(NodeState node) {
            var type = node.type;
            int perEni = type.ipv4PerEni() - 1;
            boolean custom = cni.customNetworking();
            boolean trunk = node.branchFree > 0 || (cni.podSecurityGroups() && trunkCapable(type));
            int podEnis = Math.max(0, type.maxEnis() - (custom ? 1 : 0) - (trunk ? 1 : 0));
            boolean prefixes = cni.prefixDelegation() && MaxPods.prefixDelegationSupported(type);

            var ipPods = new IntList();
            var branchPods = new ArrayList<Integer>();
            for (int i = 0; i < node.podCount; i++) {
                int pod = node.pods[i];
                var workload = workloadOf(pod);
                if (isHostNetwork(workload)) {
                    pods.ip[pod] = (int) node.primaryIp;
                    pods.eni[pod] = 0;
                    pods.subnet[pod] = node.space.index;
                    pods.status[pod] = PodTable.RUNNING;
                } else if (usesBranchEni(workload)) {
                    branchPods.add(pod);
                } else {
                    ipPods.add(pod);
                }
            }

            SubnetSpace podSpace = node.space;
            String podSpaceProblem = null;
            if (custom) {
                podSpace = podSubnet(node);
                if (podSpace == null) {
                    podSpaceProblem = "no ENIConfig pod subnet (podSubnet) in " + node.zone();
                }
            }

            // How many secondary IPs (or /28 prefixes) the node holds at steady state (vpc-cni.md §4.3, §6 rule 7).
            int demand = ipPods.size();
            int units;
            int enisNeeded;
            if (prefixes) {
                int perPrefixPods = MaxPods.IPS_PER_PREFIX;
                int wanted = cni.warmIpMode()
                        ? ceil(Math.max(demand + cni.warmIpTarget(), cni.minimumIpTarget()), perPrefixPods)
                        : ceil(demand, perPrefixPods) + cni.warmPrefixTarget();
                int growthStop = Math.max(ceil(demand, perPrefixPods), ceil(node.maxPods, perPrefixPods));
                units = Math.min(Math.min(wanted, growthStop), podEnis * perEni);
                enisNeeded = ceil(units, perEni);
            } else if (cni.warmIpMode()) {
                int wanted = Math.max(demand + cni.warmIpTarget(), cni.minimumIpTarget());
                units = Math.min(Math.min(wanted, Math.max(node.maxPods, demand)), podEnis * perEni);
                enisNeeded = ceil(units, perEni);
            } else {
                enisNeeded = Math.min(
                        podEnis, Math.min(ceil(demand, perEni) + cni.warmEniTarget(), ceil(node.maxPods, perEni)));
                units = enisNeeded * perEni;
            }

            // ENI 0 is the node's primary ENI; with custom networking it holds no pod addresses.
            var primary = new EniBuilder(0, EniKind.PRIMARY, node.space, node.primaryIp);
            var builders = new ArrayList<EniBuilder>();
            builders.add(primary);
            String shortage = null;
            int remaining = units;
            if (podSpaceProblem == null && podEnis > 0) {
                int eniIndex = custom ? 1 : 0;
                int podEniCount = custom ? enisNeeded : Math.max(1, enisNeeded);
                for (int e = 0; e < podEniCount && remaining > 0; e++) {
                    EniBuilder eni;
                    if (!custom && e == 0) {
                        eni = primary;
                    } else {
                        var space = custom ? podSpace : discoverSubnet(node);
                        if (space == null) {
                            shortage = "no subnet may take a new ENI: " + node.space.name() + " is tagged "
                                    + CNI_ROLE_TAG + "=0"
                                    + (cni.subnetDiscovery()
                                            ? " and no other subnet of " + node.zone() + " is tagged for the CNI"
                                            : " and subnet discovery is off");
                            break;
                        }
                        long address = space.take();
                        if (address < 0) {
                            shortage = noAddress(space, false);
                            break;
                        }
                        space.eniPrimaryIps++;
                        if (space == node.space) {
                            node.ownSubnetIps++;
                        }
                        eni = new EniBuilder(eniIndex, EniKind.SECONDARY, space, address);
                        builders.add(eni);
                    }
                    eniIndex++;
                    int take = Math.min(perEni, remaining);
                    for (int u = 0; u < take; u++) {
                        long address = prefixes ? eni.space.takePrefix() : eni.space.take();
                        if (address < 0) {
                            shortage = noAddress(eni.space, prefixes);
                            break;
                        }
                        if (prefixes) {
                            eni.prefixes.add(address);
                        } else {
                            eni.secondaries.add(address);
                        }
                        if (eni.space == node.space) {
                            node.ownSubnetIps += prefixes ? MaxPods.IPS_PER_PREFIX : 1;
                        }
                    }
                    remaining -= take;
                    if (shortage != null) {
                        break;
                    }
                }
            }

            // Pods take the node's addresses in pod order: ENI by ENI, secondary IPs or the prefixes' addresses.
            int podIndex = 0;
            for (EniBuilder eni : builders) {
                var held = prefixes ? eni.prefixes : eni.secondaries;
                int perUnit = prefixes ? MaxPods.IPS_PER_PREFIX : 1;
                long addressesHeld = (long) held.size() * perUnit;
                long used = 0;
                for (int unit = 0; unit < held.size() && podIndex < ipPods.size(); unit++) {
                    long base = held.get(unit);
                    for (int k = 0; k < perUnit && podIndex < ipPods.size(); k++) {
                        int pod = ipPods.get(podIndex++);
                        pods.ip[pod] = (int) (base + k);
                        pods.eni[pod] = (short) eni.index;
                        pods.subnet[pod] = eni.space.index;
                        pods.status[pod] = PodTable.RUNNING;
                        used++;
                    }
                }
                eni.space.podIps += used;
                eni.space.warmIps += addressesHeld - used;
            }
            if (podIndex < ipPods.size()) {
                var reason = "failed to assign an IP address to container: "
                        + (podSpaceProblem != null
                                ? podSpaceProblem
                                : shortage != null
                                        ? shortage
                                        : "the node's " + podEnis + " pod ENI(s) hold at most "
                                                + podEnis * perEni * (prefixes ? MaxPods.IPS_PER_PREFIX : 1)
                                                + " pod IPs");
                for (; podIndex < ipPods.size(); podIndex++) {
                    int pod = ipPods.get(podIndex);
                    pods.status[pod] = PodTable.CONTAINER_CREATING;
                    pods.setReason(pod, reason);
                }
            }

            int eniCount = builders.size();
            if (trunk && cni.podSecurityGroups()) {
                attachTrunk(node, custom && podSpace != null ? podSpace : node.space, builders, branchPods, eniCount);
            } else {
                for (int pod : branchPods) {
                    pods.status[pod] = PodTable.CONTAINER_CREATING;
                    pods.setReason(pod, "the node's instance type has no branch ENIs for security groups for pods");
                }
            }
            for (EniBuilder eni : builders) {
                node.enis.add(eni.build());
            }
            groupFootprint.merge(node.groupIndex, node.ownSubnetIps, Math::max);
        }

        /** The trunk ENI and one branch ENI a security-group pod: one address each (vpc-cni.md §3.7). */
        private void attachTrunk(
                NodeState node, SubnetSpace space, List<EniBuilder> builders, List<Integer> branchPods, int index) {
            long trunkIp = space.take();
            if (trunkIp < 0) {
                for (int pod : branchPods) {
                    pods.status[pod] = PodTable.CONTAINER_CREATING;
                    pods.setReason(pod, "failed to attach the trunk ENI: " + noAddress(space, false));
                }
                return;
            }
            space.eniPrimaryIps++;
            builders.add(new EniBuilder(index, EniKind.TRUNK, space, trunkIp));
            int branchIndex = index + 1;
            for (int pod : branchPods) {
                long address = space.take();
                if (address < 0) {
                    pods.status[pod] = PodTable.CONTAINER_CREATING;
                    pods.setReason(pod, "failed to create a branch ENI: " + noAddress(space, false));
                    continue;
                }
                space.podIps++;
                builders.add(new EniBuilder(branchIndex, EniKind.BRANCH, space, address));
                pods.ip[pod] = (int) address;
                pods.eni[pod] = (short) branchIndex++;
                pods.subnet[pod] = space.index;
                pods.status[pod] = PodTable.RUNNING;
            }
        }

        private static String noAddress(SubnetSpace space, boolean prefix) {
            return prefix && space.fragmented
                    ? "subnet " + space.name() + " has no free aligned /28 left (InsufficientCidrBlocks)"
                    : "subnet " + space.name() + " has no free address left (InsufficientFreeAddressesInSubnet)";
        }

        /** The ENIConfig pod subnet of the node's AZ: the first podSubnet there, or null where there is none. */
        private SubnetSpace podSubnet(NodeState node) {
            for (SubnetSpace space : orderedSpaces) {
                if (space.subnet.isPodSubnet()
                        && java.util.Objects.equals(space.subnet.availabilityZone(), node.zone())) {
                    return space;
                }
            }
            return null;
        }

        /**
         * The subnet a new ENI goes to: with subnet discovery, the one with the most free addresses among the node's
         * own subnet (unless tagged cni=0) and the subnets of its AZ tagged kubernetes.io/role/cni (not 0) that carry
         * no cluster tag or one for this cluster; without discovery, the node's subnet unless tagged cni=0. Null when
         * no subnet may take the ENI, as ipamd then fails to create it (vpc-cni.md §4.4).
         */
        private SubnetSpace discoverSubnet(NodeState node) {
            SubnetSpace best = "0".equals(node.space.subnet.tags().get(CNI_ROLE_TAG)) ? null : node.space;
            if (!cni.subnetDiscovery()) {
                return best;
            }
            for (SubnetSpace space : orderedSpaces) {
                var role = space.subnet.tags().get(CNI_ROLE_TAG);
                if (space != node.space
                        && role != null
                        && !"0".equals(role)
                        && java.util.Objects.equals(space.subnet.availabilityZone(), node.zone())
                        && forThisCluster(space)
                        && (best == null || space.free() > best.free())) {
                    best = space;
                }
            }
            return best;
        }

        /** Whether a subnet carries no kubernetes.io/cluster/* tag, or one for this cluster. */
        private boolean forThisCluster(SubnetSpace space) {
            var tags = space.subnet.tags().keySet();
            return tags.contains(CLUSTER_TAG_PREFIX + topology.name())
                    || tags.stream().noneMatch(key -> key.startsWith(CLUSTER_TAG_PREFIX));
        }

        private void reserveControlPlaneEnis() {
            var controlPlane = new ArrayList<SubnetSpace>();
            if (topology.controlPlaneSubnets().isEmpty()) {
                orderedSpaces.stream()
                        .filter(space -> !space.subnet.isPodSubnet())
                        .forEach(controlPlane::add);
            } else {
                for (String name : topology.controlPlaneSubnets()) {
                    var space = spaceNamed(name);
                    if (space != null && !controlPlane.contains(space)) {
                        controlPlane.add(space);
                    }
                }
            }
            for (int eni = 0; eni < CONTROL_PLANE_ENIS && !controlPlane.isEmpty(); eni++) {
                var space = controlPlane.get(eni % controlPlane.size());
                if (space.take() >= 0) {
                    space.otherIps++;
                }
            }
        }

        /** One address per load-balancer ENI in each subnet the load balancers are in, counted as other IPs. */
        private void reserveLoadBalancerEnis() {
            loadBalancerEnis.forEach((name, count) -> {
                var space = spaceNamed(name);
                for (int eni = 0; space != null && eni < count; eni++) {
                    if (space.take() >= 0) {
                        space.otherIps++;
                    }
                }
            });
        }

        // ---- result ---------------------------------------------------------------------------------------------

        private Workload workloadOf(int pod) {
            return workloadAt(pods.workload[pod]);
        }

        private List<Workload> scheduleOrder;

        private Workload workloadAt(int index) {
            if (scheduleOrder == null) {
                var order = new ArrayList<Workload>();
                topology.workloads().stream()
                        .filter(w -> w.kind() == WorkloadKind.DaemonSet)
                        .forEach(order::add);
                topology.workloads().stream()
                        .filter(w -> w.kind() != WorkloadKind.DaemonSet)
                        .forEach(order::add);
                scheduleOrder = order;
            }
            return scheduleOrder.get(index);
        }

        private String nodeName(NodeState node) {
            return IpPlanner.nodeName(node.primaryIp, topology.region());
        }

        private IpPlan result() {
            var plans = new ArrayList<NodePlan>(nodesByIp.size());
            int[] position = new int[nodes.size()];
            for (int i = 0; i < nodesByIp.size(); i++) {
                var node = nodesByIp.get(i);
                position[node.creationIndex] = i;
                plans.add(new NodePlan(
                        nodeName(node),
                        topology.nodeGroups().get(node.groupIndex).name(),
                        node.space.name(),
                        node.zone(),
                        node.primaryIp,
                        node.maxPods,
                        List.copyOf(node.enis),
                        Arrays.copyOf(node.pods, node.podCount)));
            }
            int running = 0;
            int creating = 0;
            int pending = 0;
            for (int pod = 0; pod < pods.size(); pod++) {
                if (pods.node[pod] >= 0) {
                    pods.node[pod] = position[pods.node[pod]];
                }
                switch (pods.status[pod]) {
                    case PodTable.RUNNING -> running++;
                    case PodTable.CONTAINER_CREATING -> creating++;
                    default -> pending++;
                }
            }
            int enis = 0;
            int branchEnis = 0;
            for (NodeState node : nodes) {
                for (EniPlan eni : node.enis) {
                    if (eni.kind() == EniKind.BRANCH) {
                        branchEnis++;
                    } else {
                        enis++;
                    }
                }
            }
            var usages = new ArrayList<SubnetUsage>();
            long nodeIps = 0;
            long eniPrimaryIps = 0;
            long podIps = 0;
            long warmIps = 0;
            long otherIps = 0;
            long freeIps = 0;
            var exhausted = new ArrayList<String>();
            for (SubnetSpace space : orderedSpaces) {
                nodeIps += space.nodeIps;
                eniPrimaryIps += space.eniPrimaryIps;
                podIps += space.podIps;
                warmIps += space.warmIps;
                otherIps += space.otherIps;
                freeIps += space.free();
                if (space.exhausted || space.fragmented) {
                    exhausted.add(space.name());
                }
                long usable = space.usable();
                usages.add(new SubnetUsage(
                        space.index,
                        space.name(),
                        space.subnet.cidr().toString(),
                        space.subnet.availabilityZone(),
                        space.total(),
                        space.total() - usable,
                        space.nodeIps,
                        space.eniPrimaryIps,
                        space.podIps,
                        space.warmIps,
                        space.otherIps,
                        space.free(),
                        usable == 0 ? 1.0 : (double) (usable - space.free()) / usable,
                        space.exhausted,
                        space.fragmented,
                        headroom(space)));
            }
            var totals = new Totals(
                    nodes.size(),
                    nodesNotLaunched,
                    pods.size(),
                    running,
                    creating,
                    pending,
                    enis,
                    branchEnis,
                    nodeIps,
                    eniPrimaryIps,
                    podIps,
                    warmIps,
                    otherIps,
                    freeIps,
                    exhausted);
            return new IpPlan(scenario, totals, usages, plans, pods, groupPlans);
        }

        /** How many more nodes of each group placed in this subnet it holds, at the group's largest footprint. */
        private List<Headroom> headroom(SubnetSpace space) {
            var headroom = new ArrayList<Headroom>();
            var groups = topology.nodeGroups();
            for (int g = 0; g < groups.size(); g++) {
                if (!groups.get(g).subnets().contains(space.name())) {
                    continue;
                }
                long footprint = groupFootprint.getOrDefault(g, 0L);
                if (footprint == 0) {
                    var type = catalog.find(String.valueOf(groups.get(g).instanceType()))
                            .orElse(null);
                    footprint = type == null ? 1 : type.ipv4PerEni();
                }
                headroom.add(new Headroom(groups.get(g).name(), space.free() / Math.max(1, footprint)));
            }
            return headroom;
        }
    }

    /** An ENI while its addresses are taken. */
    private static final class EniBuilder {
        final int index;
        final EniKind kind;
        final SubnetSpace space;
        final long primaryIp;
        final LongList secondaries = new LongList();
        final LongList prefixes = new LongList();

        EniBuilder(int index, EniKind kind, SubnetSpace space, long primaryIp) {
            this.index = index;
            this.kind = kind;
            this.space = space;
            this.primaryIp = primaryIp;
        }

        EniPlan build() {
            return new EniPlan(index, kind, space.name(), primaryIp, secondaries.toArray(), prefixes.toArray());
        }
    }

    /** A growable list of unsigned addresses. */
    private static final class LongList implements Iterable<Long> {
        private long[] values = new long[4];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        long get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        @Override
        public java.util.Iterator<Long> iterator() {
            return Arrays.stream(values, 0, size).iterator();
        }
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }

    static int ceil(int value, int divisor) {
        return divisor <= 0 ? 0 : (value + divisor - 1) / divisor;
    }

    /** The node name EKS gives: ip-a-b-c-d.REGION.compute.internal, or ec2.internal in us-east-1. */
    public static String nodeName(long primaryIp, String region) {
        var dashed = Ipv4Cidr.formatAddress(primaryIp).replace('.', '-');
        if ("us-east-1".equals(region)) {
            return "ip-" + dashed + ".ec2.internal";
        }
        return "ip-" + dashed + (region == null ? "" : "." + region) + ".compute.internal";
    }
}
