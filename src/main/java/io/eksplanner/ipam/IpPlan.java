package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.List;
import java.util.Map;

/**
 * The ENIs and pod IPs of a topology in one scenario (src/docs/domain-rules.md §3): per-subnet usage, nodes with their
 * ENIs, and pods with their node, address and status. Pods are kept in compact arrays and read through {@link
 * #pod(int)}, so that plans of a hundred thousand nodes fit in memory. Public: the routing and validation engines and
 * the web layer read plans.
 */
public final class IpPlan {

    private final NodeLayout layout;
    private final Totals totals;
    private final List<SubnetUsage> subnets;

    IpPlan(NodeLayout layout, Totals totals, List<SubnetUsage> subnets) {
        this.layout = layout;
        this.totals = totals;
        this.subnets = List.copyOf(subnets);
    }

    public Scenario scenario() {
        return layout.scenario();
    }

    /** The counts of this scenario. */
    public Totals totals() {
        return totals;
    }

    /** Every subnet with a CIDR, in the topology's order. */
    public List<SubnetUsage> subnets() {
        return subnets;
    }

    /** The launched nodes, ordered numerically by primary IP. */
    public List<NodePlan> nodes() {
        return layout.nodes();
    }

    /** How many pods the plan has, scheduled or not. */
    public int podCount() {
        return layout.pods().size();
    }

    /** Pod {@code index}, in pod order (DaemonSets first, then workloads in the order given; replicas by number). */
    public PodPlan pod(int index) {
        return layout.pods().view(index, layout.nodes());
    }

    /** The workload, as the topology gave it, that pod {@code index} is a replica of. */
    public Workload workloadOf(int index) {
        return layout.pods().workloadAt(index);
    }

    /** The effective settings of each node group in this scenario. */
    public List<NodeGroupPlan> nodeGroups() {
        return layout.nodeGroups();
    }

    /**
     * This plan with {@code enisBySubnet} addresses (by subnet name) taken by load balancers' ENIs after the nodes and
     * the control plane, in place of any this plan has: other tenants of the subnets (src/docs/domain-rules.md §3). The
     * nodes are not planned again; only the subnets' figures and the address totals change. The same as planning the
     * topology again with {@link IpPlanner#plan(io.eksplanner.topology.model.ClusterTopology, Scenario, Map)}; this
     * plan is left as it is.
     */
    /** The same plan, labelled {@code scenario}: for a scenario that launches the very same nodes. */
    IpPlan as(Scenario scenario) {
        var relabelled = new NodeLayout(
                scenario,
                layout.nodes(),
                layout.pods(),
                layout.nodeGroups(),
                layout.counts(),
                layout.subnets(),
                layout.subnetPositions());
        return new IpPlan(relabelled, totals, subnets);
    }

    public IpPlan withLoadBalancerEnis(Map<String, Integer> enisBySubnet) {
        return layout.finish(enisBySubnet);
    }

    /** The counts of a plan. */
    public record Totals(
            int nodes,
            int nodesNotLaunched,
            int pods,
            int running,
            int containerCreating,
            int pending,
            int enis,
            int branchEnis,
            long nodeIps,
            long eniPrimaryIps,
            long podIps,
            long warmIps,
            long otherIps,
            long freeIps,
            List<String> exhaustedSubnets) {

        public Totals {
            exhaustedSubnets = List.copyOf(exhaustedSubnets);
        }
    }

    /** One subnet's addresses after the plan, and how many more nodes of each group it holds. */
    public record SubnetUsage(
            int index,
            String name,
            String cidr,
            String availabilityZone,
            long totalIps,
            long reservedIps,
            long nodeIps,
            long eniPrimaryIps,
            long podIps,
            long warmIps,
            long otherIps,
            long freeIps,
            double utilization,
            boolean exhausted,
            boolean prefixFragmented,
            List<Headroom> headroom) {

        public SubnetUsage {
            headroom = List.copyOf(headroom);
        }
    }

    /** How many more nodes of a group the subnet's free addresses hold, at the group's per-node footprint. */
    public record Headroom(String nodeGroup, long nodes) {}

    /**
     * A node group's effective settings: its instance type, node count and the max pods its nodes run with, and the
     * pod addresses a node's ENIs can hold under the CNI settings (src/docs/reference/vpc-cni.md §3).
     */
    public record NodeGroupPlan(
            String name,
            String instanceType,
            int nodes,
            Integer maxPods,
            MaxPodsSource maxPodsSource,
            Integer workloadSlots,
            String notLaunchedReason,
            Integer podAddressCapacity) {}

    /** A launched node and its ENIs. */
    public record NodePlan(
            String name,
            String nodeGroup,
            String subnet,
            String availabilityZone,
            long primaryIp,
            int maxPods,
            List<EniPlan> enis,
            int[] podIndices) {}

    /** An ENI of a node: its kind, subnet, primary address, and the secondary addresses or /28 prefixes it holds. */
    public record EniPlan(
            int index, EniKind kind, String subnet, long primaryIp, long[] secondaryIps, long[] prefixes) {}

    /** A pod: where it runs, its address, and whether it runs. */
    public record PodPlan(
            String name,
            String namespace,
            String node,
            Long ip,
            Integer eni,
            String subnet,
            String availabilityZone,
            PodStatus status,
            String reason) {}

    /** What happened to a pod in the plan (Kubernetes' own words). */
    public enum PodStatus {
        Running,
        ContainerCreating,
        Pending
    }
}
