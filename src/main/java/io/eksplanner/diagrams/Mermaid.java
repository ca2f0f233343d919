package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.LoadBalancerDiagram.share;
import static io.eksplanner.diagrams.NetworkDiagram.label;
import static io.eksplanner.diagrams.NetworkDiagram.nullable;
import static io.eksplanner.diagrams.NetworkDiagram.percent;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagrams as Mermaid flowcharts, which GitHub renders in a ```mermaid block of a comment or a Markdown file. Labels
 * are quoted, with Mermaid's entity codes for quotes and angle brackets, so no name can break the chart; node ids are
 * made here ({@code s0}, {@code lb0h1}), never taken from the input.
 */
final class Mermaid {

    private Mermaid() {}

    static String network(ClusterPlan plan, Scenario scenario) {
        var topology = plan.topology();
        var ipPlan = plan.ipPlans().of(scenario);
        var pictures = SubnetPicture.of(
                ipPlan,
                plan.ipPlans().of(scenario == Scenario.MAX ? Scenario.DESIRED : Scenario.MAX),
                List.of(),
                plan.validation().findings());
        var out = new StringBuilder("flowchart TB\n");
        var cidrs = NetworkDiagram.cidrs(topology);
        out.append("  vpc[\"")
                .append(text("VPC of " + topology.name() + ": " + cidrs + " · at " + label(scenario) + " size"))
                .append("\"]\n");
        var zones = new LinkedHashMap<String, StringBuilder>();
        var groups = new LinkedHashMap<String, Integer>();
        var edges = new StringBuilder();
        for (int i = 0; i < pictures.size(); i++) {
            var picture = pictures.get(i);
            var usage = picture.usage();
            var zone = usage.availabilityZone() == null ? "AZ unknown" : usage.availabilityZone();
            zones.computeIfAbsent(zone, key -> new StringBuilder())
                    .append("    s")
                    .append(i)
                    .append("[\"")
                    .append(subnet(picture))
                    .append('\n');
            for (var group : picture.groups()) {
                int id = groups.computeIfAbsent(group.group(), key -> groups.size());
                edges.append("  ng")
                        .append(id)
                        .append(" -->|")
                        .append(text(group.count() + " nodes"))
                        .append("| s")
                        .append(i)
                        .append('\n');
            }
        }
        int z = 0;
        for (Map.Entry<String, StringBuilder> zone : zones.entrySet()) {
            out.append("  subgraph az")
                    .append(z)
                    .append("[\"")
                    .append(text(zone.getKey()))
                    .append("\"]\n");
            out.append(zone.getValue()).append("  end\n");
            out.append("  vpc --- az").append(z++).append('\n');
        }
        groups.forEach((group, id) -> out.append("  ng")
                .append(id)
                .append("([\"")
                .append(text("node group " + group))
                .append("\"])\n"));
        out.append(edges);
        out.append("  classDef exhausted fill:").append(Palette.ALERT).append(",color:#fff,stroke-dasharray:6 3\n");
        return out.toString();
    }

    static String loadBalancers(ClusterPlan plan, Scenario scenario) {
        var out = new StringBuilder("flowchart LR\n");
        var balancers = plan.loadBalancers();
        if (balancers.isEmpty()) {
            out.append("  none[\"no load balancer\"]\n");
        }
        for (int b = 0; b < balancers.size(); b++) {
            var balancer = balancers.get(b);
            var policy = LoadBalancerDiagram.externalTrafficPolicy(plan.topology(), balancer);
            out.append("  subgraph lb")
                    .append(b)
                    .append("[\"")
                    .append(text(balancer.id() + " · " + LoadBalancerDiagram.describe(balancer, policy)))
                    .append("\"]\n");
            if (balancer.type() == null) {
                out.append("    lb")
                        .append(b)
                        .append("none[\"")
                        .append(text(nullable(balancer.reason())))
                        .append("\"]\n");
            }
            var hops = new LinkedHashMap<String, String>();
            var edges = new StringBuilder();
            for (var path : balancer.paths()) {
                for (int i = 0; i < path.hops().size(); i++) {
                    var id = hops.computeIfAbsent(
                            path.hops().get(i), key -> "lb" + balancers.indexOf(balancer) + "h" + hops.size());
                    if (i > 0) {
                        var from = hops.get(path.hops().get(i - 1));
                        var arrow = path.crossAzHops() > 0 ? " -.->" : " -->";
                        var edge = share(path.share()) + (path.crossAzHops() > 0 && i == 1 ? " · cross-AZ" : "");
                        edges.append("    ")
                                .append(from)
                                .append(arrow)
                                .append("|")
                                .append(text(edge))
                                .append("| ")
                                .append(id)
                                .append('\n');
                    }
                }
            }
            hops.forEach((hop, id) -> out.append("    ")
                    .append(id)
                    .append("[\"")
                    .append(text(hop))
                    .append("\"]\n"));
            out.append(edges).append("  end\n");
        }
        return out.toString();
    }

    private static String subnet(SubnetPicture picture) {
        var usage = picture.usage();
        return text(usage.name() + " " + usage.cidr() + "<br/>" + usage.freeIps() + " of " + usage.totalIps()
                        + " free, " + percent(usage.utilization()) + " used"
                        + (usage.exhausted() ? "<br/>EXHAUSTED" : "")
                        + (picture.findings().isEmpty()
                                ? ""
                                : "<br/>" + picture.findings().size() + " findings"))
                + "\"]" + (usage.exhausted() ? ":::exhausted" : "");
    }

    /** A label safe inside Mermaid's double quotes: quotes and angle brackets as entity codes, line breaks kept. */
    static String text(String label) {
        return label.replace("<br/>", "\u0000")
                .replace("#", "#35;")
                .replace("\"", "#quot;")
                .replace("<", "#lt;")
                .replace(">", "#gt;")
                .replace("|", "#124;")
                .replace("\n", " ")
                .replace("\u0000", "<br/>");
    }
}
