package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.catalog.MaxPods;
import io.eksplanner.common.Deadline;
import io.eksplanner.ipam.IpPlan.NodeGroupPlan;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Launches every node group's nodes (src/docs/domain-rules.md §3): round-robin over the group's subnets, each node
 * taking the lowest free address there as its primary IP, with the max pods the group's settings give.
 */
final class NodeLauncher {

    /** The instance type of a node group that names none (eksctl's default). */
    static final String DEFAULT_INSTANCE_TYPE = "m5.large";

    /** The nodes launched, in creation order and by primary IP, and each group's effective settings. */
    record LaunchedNodes(
            List<PlannedNode> nodes, List<PlannedNode> byIp, List<NodeGroupPlan> groups, int nodesNotLaunched) {}

    /** A group's max pods and what decided it. */
    record EffectiveMaxPods(int value, MaxPodsSource source) {}

    private final InstanceTypeCatalog catalog;
    private final EffectiveCni cni;
    private final SubnetSpaces spaces;
    private final Deadline deadline;
    private final List<PlannedNode> nodes = new ArrayList<>();
    private final List<NodeGroupPlan> groupPlans = new ArrayList<>();
    private int nodesNotLaunched;

    NodeLauncher(InstanceTypeCatalog catalog, EffectiveCni cni, SubnetSpaces spaces, Deadline deadline) {
        this.catalog = catalog;
        this.cni = cni;
        this.spaces = spaces;
        this.deadline = deadline;
    }

    /** Launches the groups' nodes in {@code scenario}, group by group. */
    LaunchedNodes launch(List<NodeGroup> groups, Scenario scenario) {
        for (int g = 0; g < groups.size(); g++) {
            deadline.check();
            groupPlans.add(launchGroup(g, groups.get(g), nodeCount(groups.get(g), scenario)));
        }
        var byIp = nodes.stream()
                .sorted(Comparator.comparingLong((PlannedNode node) -> node.primaryIp))
                .toList();
        return new LaunchedNodes(List.copyOf(nodes), byIp, List.copyOf(groupPlans), nodesNotLaunched);
    }

    /** The node count of a group in a scenario: desiredSize (else minSize, else 0), or maxSize (else that). */
    static int nodeCount(NodeGroup group, Scenario scenario) {
        int desired = group.desiredSize() != null ? group.desiredSize() : group.minSize() != null ? group.minSize() : 0;
        if (scenario == Scenario.MAX && group.maxSize() != null) {
            return Math.max(group.maxSize(), 0);
        }
        return Math.max(desired, 0);
    }

    private NodeGroupPlan launchGroup(int g, NodeGroup group, int count) {
        var type = catalog.find(group.instanceType() == null ? DEFAULT_INSTANCE_TYPE : group.instanceType())
                .orElse(null);
        var groupSpaces = group.subnets().stream()
                .map(spaces::named)
                .filter(Objects::nonNull)
                .toList();
        String notLaunched = type == null
                ? "instance type " + group.instanceType() + " is not in the catalogue"
                : groupSpaces.isEmpty() ? "the node group names no subnet with a CIDR block" : null;
        if (notLaunched != null) {
            nodesNotLaunched += count;
            return new NodeGroupPlan(group.name(), group.instanceType(), 0, null, null, null, notLaunched, null);
        }
        var maxPods = effectiveMaxPods(group, type, cni);
        int launched = launchNodes(g, group, type, groupSpaces, count, maxPods.value());
        return new NodeGroupPlan(
                group.name(),
                type.name(),
                launched,
                maxPods.value(),
                maxPods.source(),
                Math.max(0, maxPods.value() - 2),
                launched < count ? (count - launched) + " node(s) got no address in their subnet" : null,
                podAddressCapacity(type, cni));
    }

    /** Launches {@code count} nodes round-robin over {@code groupSpaces}; returns how many got an address. */
    private int launchNodes(
            int g, NodeGroup group, InstanceType type, List<SubnetSpace> groupSpaces, int count, int maxPods) {
        int launched = 0;
        for (int i = 0; i < count; i++) {
            var space = groupSpaces.get(i % groupSpaces.size());
            long ip = space.take();
            if (ip < 0) {
                nodesNotLaunched++;
                continue;
            }
            space.nodeIps++;
            var node = new PlannedNode(nodes.size(), g, group.name(), type, space, ip, maxPods);
            node.branchFree = cni.podSecurityGroups() && branchesKnown(type) ? type.branchInterfaces() : 0;
            nodes.add(node);
            launched++;
        }
        return launched;
    }

    /**
     * Explicit maxPods; else, for a managed group, EKS's calculator for the CNI mode under its 110/250 cap; else what
     * the self-managed node's bootstrap registers (src/docs/domain-rules.md §3, src/docs/reference/vpc-cni.md §3.3).
     * nodeadm's {@code CalcMaxPods} (amazon-eks-ami {@code nodeadm/internal/kubelet/eni_max_pods.go}, commit
     * 81fec2e8) and AL2's {@code bootstrap.sh} (eni-max-pods.txt, {@code templates/al2/runtime/bootstrap.sh} at
     * 0ab84280) both give N×(M−1)+2 and read neither prefix delegation nor custom networking.
     */
    static EffectiveMaxPods effectiveMaxPods(NodeGroup group, InstanceType type, EffectiveCni cni) {
        if (group.maxPods() != null) {
            return new EffectiveMaxPods(group.maxPods(), MaxPodsSource.EXPLICIT);
        }
        if (!group.isManaged()) {
            int registered = MaxPods.published(type);
            return switch (group.family()) {
                case AMAZON_LINUX_2023 -> new EffectiveMaxPods(registered, MaxPodsSource.NODEADM_DEFAULT);
                case AMAZON_LINUX_2 -> new EffectiveMaxPods(registered, MaxPodsSource.ENI_FORMULA);
                case NOT_MODELLED -> new EffectiveMaxPods(registered, MaxPodsSource.AMI_FAMILY_NOT_MODELLED);
            };
        }
        int formula = MaxPods.forMode(type, cni.prefixDelegation(), cni.customNetworking());
        var cap = MaxPods.managedCap(type);
        if (cap == null) {
            return new EffectiveMaxPods(formula, MaxPodsSource.ENI_FORMULA_VCPUS_UNKNOWN);
        }
        return formula > cap
                ? new EffectiveMaxPods(cap, MaxPodsSource.EKS_MANAGED_CAP)
                : new EffectiveMaxPods(formula, MaxPodsSource.ENI_FORMULA);
    }

    /** The pod addresses a node's ENIs can hold: pod ENIs × slots per ENI × addresses per slot. */
    static int podAddressCapacity(InstanceType type, EffectiveCni cni) {
        var capacity = EniCapacity.of(type, cni);
        return capacity.podEnis() * capacity.slotsPerEni() * capacity.addressesPerSlot();
    }

    /**
     * Whether the CNI keeps an ENI slot for the trunk of security groups for pods: true for a type with branch ENIs
     * and for one the resource controller's table does not list, as {@code IsTrunkingCompatible} answers true for a
     * type missing from its limits (amazon-vpc-cni-k8s v1.23.1, b5218838, {@code pkg/awsutils/awsutils.go}; the
     * table in {@code pkg/vpc}); src/docs/reference/vpc-cni.md §3.7, Corrections 5.
     */
    static boolean trunkCapable(InstanceType type) {
        return type.branchInterfaces() == null || type.branchInterfaces() > 0;
    }

    /**
     * Whether the resource controller's table gives the type branch ENIs: only then does it create the trunk and the
     * pods' branch ENIs; a type it does not list keeps the CNI's trunk slot but gets neither.
     */
    static boolean branchesKnown(InstanceType type) {
        return type.branchInterfaces() != null && type.branchInterfaces() > 0;
    }
}
