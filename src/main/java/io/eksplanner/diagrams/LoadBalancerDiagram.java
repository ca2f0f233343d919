package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.NetworkDiagram.nullable;
import static io.eksplanner.diagrams.NetworkDiagram.percent;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every load balancer of a plan, one panel each: what it is (type, scheme, target type, the Service's
 * externalTrafficPolicy, cross-zone, whether the client IP reaches the pod), its listeners and rules, per target group
 * its targets and pods by AZ with each pod's share, and the packet paths, a line as thick as its share, cross-AZ hops
 * dashed (src/docs/domain-rules.md §4). The load balancers are planned at desired size, as the API plans them.
 */
final class LoadBalancerDiagram {

    static final double MARGIN = 20;
    static final double ZONE = 240;

    private LoadBalancerDiagram() {}

    static String draw(ClusterPlan plan, Scenario scenario) {
        var topology = plan.topology();
        var balancers = plan.loadBalancers();
        var zones = zones(topology, balancers);
        double width = Math.max(1040, MARGIN * 2 + Math.max(1, zones.size()) * ZONE);
        var svg = new Svg(
                "Load balancers of cluster " + topology.name(),
                balancers.size() + " load balancers; for each its listeners, rules, target groups, targets by"
                        + " availability zone and packet paths with their traffic shares.");
        svg.text(
                MARGIN,
                28,
                "Load balancers of cluster " + topology.name() + " · planned at desired size",
                "font-size",
                "18",
                "font-weight",
                "bold");
        if (scenario == Scenario.MAX) {
            svg.text(
                    MARGIN,
                    46,
                    "The load balancers are planned against the nodes at desired size.",
                    "fill",
                    Palette.MUTED);
        }
        Legend.draw(
                svg,
                MARGIN,
                56,
                Palette.NODE,
                "target",
                null,
                Palette.POD,
                "pod (share of requests)",
                null,
                Palette.ENI,
                "load balancer node",
                null,
                Palette.FREE,
                "cross-AZ hop",
                "6 3",
                Palette.ALERT,
                "unhealthy target",
                null);
        double y = 90;
        if (balancers.isEmpty()) {
            svg.text(MARGIN, y + 20, "No Service of type LoadBalancer and no Ingress: no load balancer.");
            y += 40;
        }
        var panel = new LoadBalancerPanel(svg, zones, width - 2 * MARGIN);
        var paths = new FindingPaths(topology);
        for (var balancer : balancers) {
            y = panel.draw(MARGIN, y, balancer, externalTrafficPolicy(topology, balancer), paths.loadBalancer(balancer))
                    + 16;
        }
        return svg.finish(width, y + MARGIN);
    }

    /** Every AZ a subnet, a target or a pod names, sorted, so that columns line up across target groups. */
    private static List<String> zones(ClusterTopology topology, List<LoadBalancerPlan> balancers) {
        var zones = new TreeSet<String>();
        topology.subnets().stream()
                .map(ClusterTopology.Subnet::availabilityZone)
                .filter(Objects::nonNull)
                .forEach(zones::add);
        for (var balancer : balancers) {
            for (TargetGroup group : balancer.targetGroups()) {
                group.targets().stream()
                        .map(LoadBalancerPlan.Target::availabilityZone)
                        .filter(Objects::nonNull)
                        .forEach(zones::add);
            }
        }
        return new ArrayList<>(zones);
    }

    /** The Service's externalTrafficPolicy when the load balancer is a Service's, else null. */
    static String externalTrafficPolicy(ClusterTopology topology, LoadBalancerPlan balancer) {
        for (var service : topology.services()) {
            var source = "Service " + service.namespace() + "/" + service.name();
            if (balancer.source().contains(source) && service.externalTrafficPolicy() != null) {
                return service.externalTrafficPolicy().name();
            }
        }
        return null;
    }

    static String share(double share) {
        return percent(share).replace(".0 %", " %");
    }

    static String describe(LoadBalancerPlan balancer, String policy) {
        var parts = new ArrayList<String>();
        parts.add(nullable(balancer.type() == null ? null : balancer.type().name()));
        parts.add(balancer.scheme() == null ? null : balancer.scheme().wireName());
        parts.add(
                balancer.targetType() == null
                        ? null
                        : "target type " + balancer.targetType().wireName());
        parts.add(policy == null ? null : "externalTrafficPolicy " + policy);
        parts.add(balancer.crossZone() == null ? null : "cross-zone " + (balancer.crossZone() ? "on" : "off"));
        parts.add(
                balancer.clientIpPreserved() == null
                        ? null
                        : balancer.clientIpPreserved() ? "client IP reaches the pod" : "client IP hidden");
        parts.add(balancer.owner() == null ? null : "by " + balancer.owner());
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }
}
