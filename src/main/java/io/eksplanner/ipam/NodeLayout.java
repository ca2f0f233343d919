package io.eksplanner.ipam;

import io.eksplanner.ipam.IpPlan.NodeGroupPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topology planned in one scenario up to the load balancers (src/docs/domain-rules.md §3): nodes by IP with their
 * ENIs, pods, each group's settings, and every subnet's addresses after the nodes and the EKS control plane's ENIs. The
 * load balancers' ENIs come last, in the subnets they pick by the free addresses the nodes leave, and change nothing
 * but those subnets' figures; {@link #finish} adds them. Immutable (the pod table is no longer written), so it can be
 * finished any number of times, each time as if planned anew.
 *
 * @param subnets every subnet with a CIDR, in the topology's order
 * @param subnetPositions where each subnet name's first subnet is in {@code subnets}, when that one has a CIDR
 */
record NodeLayout(
        Scenario scenario,
        List<NodePlan> nodes,
        PodTable pods,
        List<NodeGroupPlan> nodeGroups,
        LayoutCounts counts,
        List<SubnetTally> subnets,
        Map<String, Integer> subnetPositions) {

    /** The counts of the nodes, pods and ENIs, which the load balancers do not change. */
    record LayoutCounts(
            int nodes,
            int nodesNotLaunched,
            int running,
            int containerCreating,
            int pending,
            int enis,
            int branchEnis) {}

    NodeLayout {
        nodes = List.copyOf(nodes);
        nodeGroups = List.copyOf(nodeGroups);
        subnets = List.copyOf(subnets);
        subnetPositions = Collections.unmodifiableMap(new HashMap<>(subnetPositions));
    }

    /** The plan, with {@code loadBalancerEnis} addresses (by subnet name) taken by load balancers' ENIs. */
    IpPlan finish(Map<String, Integer> loadBalancerEnis) {
        return PlanAssembler.plan(this, SubnetTenants.withLoadBalancerEnis(subnets, loadBalancerEnis, subnetPositions));
    }
}
