package io.eksplanner.ipam;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.validation.Topologies;
import java.util.Arrays;
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

    /** Every field of the plan's nodes, pods, subnets and totals as text, arrays by content. */
    static String render(IpPlan plan) {
        var text = new StringBuilder().append(plan.totals()).append('\n');
        plan.subnets().forEach(subnet -> text.append(subnet).append('\n'));
        plan.nodeGroups().forEach(group -> text.append(group).append('\n'));
        for (NodePlan node : plan.nodes()) {
            text.append(node.name())
                    .append(' ')
                    .append(node.nodeGroup())
                    .append(' ')
                    .append(node.subnet())
                    .append(' ')
                    .append(node.availabilityZone())
                    .append(' ')
                    .append(node.primaryIp())
                    .append(' ')
                    .append(node.maxPods())
                    .append(' ')
                    .append(Arrays.toString(node.podIndices()))
                    .append('\n');
            for (EniPlan eni : node.enis()) {
                text.append("  ")
                        .append(eni.index())
                        .append(' ')
                        .append(eni.kind())
                        .append(' ')
                        .append(eni.subnet())
                        .append(' ')
                        .append(eni.primaryIp())
                        .append(' ')
                        .append(Arrays.toString(eni.secondaryIps()))
                        .append(' ')
                        .append(Arrays.toString(eni.prefixes()))
                        .append('\n');
            }
        }
        pods(plan).forEach(pod -> text.append(pod).append('\n'));
        return text.toString();
    }
}
