package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.common.Deadline;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.Map;

/**
 * Plans every node's ENIs and every pod's IP the way the Amazon VPC CNI does (src/docs/domain-rules.md §3,
 * src/docs/reference/vpc-cni.md §3–§6): nodes placed round-robin over their group's subnets, pods scheduled on pod
 * slots, each node's ENIs and addresses at the CNI's steady state for its pods and warm targets, addresses taken lowest
 * free first. Plain Java, deterministic: the same topology gives the same plan. Public: the planning, validation and
 * routing engines and the web layer plan with it.
 */
public final class IpPlanner {

    /**
     * EKS creates 2–4 ENIs in the control-plane subnets (src/docs/reference/eks-vpc.md §1.4); the plan reserves the
     * worst case.
     */
    public static final int CONTROL_PLANE_ENIS = 4;

    private final InstanceTypeCatalog catalog;

    public IpPlanner(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The plan of {@code topology} in {@code scenario}, its subnets' figures after the nodes and the control plane;
     * {@link IpPlan#withLoadBalancerEnis} adds the load balancers' ENIs without planning the nodes again.
     */
    public IpPlan plan(ClusterTopology topology, Scenario scenario) {
        return plan(topology, scenario, Deadline.NONE);
    }

    /** The same, stopping with {@link io.eksplanner.common.PlanningDeadlineExceeded} once {@code deadline} passes. */
    public IpPlan plan(ClusterTopology topology, Scenario scenario, Deadline deadline) {
        return layOut(topology, scenario, deadline).finish(Map.of());
    }

    /**
     * The plan of {@code topology} in {@code scenario}, with {@code loadBalancerEnis} addresses (by subnet name) taken
     * by load balancers' ENIs after the nodes and the control plane: other tenants of the subnets
     * (src/docs/domain-rules.md §3). The same as {@code plan(topology,
     * scenario).withLoadBalancerEnis(loadBalancerEnis)}.
     */
    public IpPlan plan(ClusterTopology topology, Scenario scenario, Map<String, Integer> loadBalancerEnis) {
        return layOut(topology, scenario, Deadline.NONE).finish(loadBalancerEnis);
    }

    /**
     * The plan at maximum size, with {@code loadBalancerEnis} as {@link #plan(ClusterTopology, Scenario, Map)} takes
     * them. When every node group launches as many nodes at maximum size as at desired size, the plan is the same as
     * {@code desired} (made with the same load balancers' ENIs), which is then returned as it is, relabelled, rather
     * than planned again.
     */
    public IpPlan planAtMaximum(
            ClusterTopology topology, IpPlan desired, Map<String, Integer> loadBalancerEnis, Deadline deadline) {
        boolean sameNodes = desired.scenario() == Scenario.DESIRED
                && topology.nodeGroups().stream()
                        .allMatch(group -> NodeLauncher.nodeCount(group, Scenario.DESIRED)
                                == NodeLauncher.nodeCount(group, Scenario.MAX));
        return sameNodes
                ? desired.as(Scenario.MAX)
                : layOut(topology, Scenario.MAX, deadline).finish(loadBalancerEnis);
    }

    /**
     * The phases up to the load balancers: nodes launched into their subnets, pods scheduled on their slots, each
     * node's ENIs and addresses (node by node, in launch order, which decides who gets which address), and the
     * control plane's ENIs. {@code deadline} is checked per node group, workload and node.
     */
    NodeLayout layOut(ClusterTopology topology, Scenario scenario, Deadline deadline) {
        var cni = EffectiveCni.of(topology.cni());
        var spaces = new SubnetSpaces(topology.subnets());
        var launched = new NodeLauncher(catalog, cni, spaces, deadline).launch(topology.nodeGroups(), scenario);
        var pods = new PodTable(spaces.names());
        var workloads = Scheduler.inPodOrder(topology.workloads());
        new Scheduler(cni, topology.region(), pods, launched.byIp(), deadline).schedule(workloads);
        var allocator = new EniAllocator(cni, pods, workloads, new EniSubnets(cni, spaces.inOrder(), topology.name()));
        for (PlannedNode node : launched.nodes()) {
            deadline.check();
            allocator.allocate(node);
        }
        deadline.check();
        return new PlanAssembler(catalog, topology).layOut(scenario, launched, pods, spaces);
    }
}
