package io.eksplanner.ipam;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.stream.IntStream;

/** Reading IP plans in tests: the planner over the project's catalogue, and look-ups by name. */
final class Plans {

    static final IpPlanner PLANNER = new IpPlanner(Topologies.CATALOG);

    private Plans() {}

    /** The plan of {@code topology} at desired sizes. */
    static IpPlan desired(Topologies topology) {
        return PLANNER.plan(topology.topology(), Scenario.DESIRED);
    }

    /** The plan of {@code topology} at every node group's maxSize. */
    static IpPlan max(Topologies topology) {
        return PLANNER.plan(topology.topology(), Scenario.MAX);
    }

    /** Every pod of the plan, in pod order. */
    static List<PodPlan> pods(IpPlan plan) {
        return IntStream.range(0, plan.podCount()).mapToObj(plan::pod).toList();
    }

    /** The node a scheduled pod runs on. */
    static NodePlan node(IpPlan plan, PodPlan pod) {
        return plan.nodes().stream()
                .filter(node -> node.name().equals(pod.node()))
                .findFirst()
                .orElseThrow();
    }

    /** The usage of the subnet of that name. */
    static SubnetUsage subnet(IpPlan plan, String name) {
        return plan.subnets().stream()
                .filter(subnet -> subnet.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The CIDR block of the subnet of that name. */
    static Ipv4Cidr cidr(IpPlan plan, String name) {
        return Ipv4Cidr.parse(subnet(plan, name).cidr());
    }

    /** A dotted address as the plan holds it (unsigned). */
    static long address(String dotted) {
        return Ipv4Cidr.parse(dotted + "/32").first();
    }
}
