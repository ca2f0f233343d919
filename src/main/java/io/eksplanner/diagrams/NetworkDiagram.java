package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.Svg.num;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The VPC of a plan: its CIDRs and verdict on top; one column per AZ (in the order the subnets name them); per subnet a
 * box whose height grows with its size, a bar of node / ENI / pod / warm / other / free addresses in the scenario
 * drawn and a marker where the other scenario's used addresses end; exhausted subnets dashed in vermillion, findings
 * as a badge; per node group the nodes that land there. The size grows with subnets and groups, never with nodes.
 */
final class NetworkDiagram {

    private static final double MARGIN = 20;
    private static final double COLUMN = 380;
    private static final double GAP = 20;
    private static final double HEADER = 110;
    private static final double BAR = COLUMN - 20;

    private NetworkDiagram() {}

    static String draw(ClusterPlan plan, Scenario scenario) {
        var other = scenario == Scenario.MAX ? Scenario.DESIRED : Scenario.MAX;
        var report = plan.validation();
        var topology = plan.topology();
        var types = topology.subnets().stream()
                .map(subnet -> subnet.type() == null ? null : subnet.type().name())
                .toList();
        var pictures =
                SubnetPicture.of(plan.ipPlans().of(scenario), plan.ipPlans().of(other), types, report.findings());
        var columns = columns(pictures);
        var paths = new FindingPaths(topology);
        double height = 0;
        for (var column : columns.values()) {
            height = Math.max(height, columnHeight(column));
        }
        var loose = report.findings().stream()
                .filter(finding -> pictures.stream().noneMatch(p -> p.findings().contains(finding)))
                .toList();
        int listed = Math.min(loose.size(), 15);
        double width = Math.max(900, MARGIN * 2 + columns.size() * (COLUMN + GAP) - GAP);
        double total = HEADER + height + 40 + (listed + (loose.size() > listed ? 1 : 0)) * 18 + MARGIN;
        var svg = new Svg(
                "Network of cluster " + topology.name() + " at " + label(scenario) + " size",
                "VPC " + cidrs(topology) + "; " + pictures.size() + " subnets in " + columns.size()
                        + " availability zones; " + report.summary().errors() + " errors, "
                        + report.summary().warnings() + " warnings.");
        header(
                svg,
                topology,
                scenario,
                report.valid(),
                report.summary().errors(),
                report.summary().warnings());
        double x = MARGIN;
        for (var column : columns.entrySet()) {
            column(svg, x, column.getKey(), column.getValue(), other, paths);
            x += COLUMN + GAP;
        }
        findings(svg, HEADER + height + 30, loose, listed);
        return svg.finish(width, total);
    }

    private static void header(
            Svg svg, ClusterTopology topology, Scenario scenario, boolean valid, int errors, int warnings) {
        svg.group("header", "Cluster " + topology.name());
        svg.text(
                MARGIN,
                28,
                "Cluster " + topology.name() + " · " + nullable(topology.region()) + " · at " + label(scenario)
                        + " size",
                "font-size",
                "18",
                "font-weight",
                "bold");
        svg.text(MARGIN, 50, "VPC " + cidrs(topology), "class", "vpc-cidrs", "font-size", "14");
        svg.text(
                MARGIN,
                70,
                (valid ? "valid" : "NOT valid") + " · " + errors + " errors · " + warnings + " warnings",
                "class",
                "verdict",
                "fill",
                valid ? Palette.INK : Palette.ALERT,
                "font-weight",
                "bold");
        svg.close();
        Legend.draw(
                svg,
                MARGIN,
                80,
                Palette.NODE,
                "node",
                null,
                Palette.ENI,
                "ENI primary",
                null,
                Palette.POD,
                "pod",
                null,
                Palette.WARM,
                "warm",
                null,
                Palette.OTHER,
                "other / reserved",
                null,
                Palette.FREE,
                "free",
                null,
                Palette.FREE,
                "exhausted",
                "4 2");
    }

    private static Map<String, List<SubnetPicture>> columns(List<SubnetPicture> pictures) {
        var columns = new LinkedHashMap<String, List<SubnetPicture>>();
        for (var picture : pictures) {
            var zone = picture.usage().availabilityZone();
            columns.computeIfAbsent(zone == null ? "AZ unknown" : zone, key -> new ArrayList<>())
                    .add(picture);
        }
        return columns;
    }

    private static double columnHeight(List<SubnetPicture> column) {
        double height = 30;
        for (var picture : column) {
            height += boxHeight(picture) + 12;
        }
        return height;
    }

    /** Larger subnets draw taller: 6 px per bit of prefix below /24, up to 60. */
    private static double boxHeight(SubnetPicture picture) {
        int prefix = 24;
        try {
            prefix = Ipv4Cidr.parse(picture.usage().cidr()).prefixLength();
        } catch (RuntimeException ignored) {
            // a CIDR the plan carries is well-formed; keep the default height if not
        }
        return 96
                + Math.min(60, Math.max(0, 24 - prefix) * 6)
                + picture.groups().size() * 20;
    }

    private static void column(
            Svg svg, double x, String zone, List<SubnetPicture> pictures, Scenario other, FindingPaths paths) {
        svg.group("az-column", "Availability zone " + zone, "data-az", zone);
        svg.rect(x, HEADER, COLUMN, columnHeight(pictures), "fill", Palette.PANEL, "stroke", Palette.MUTED);
        svg.text(x + 10, HEADER + 20, zone, "font-weight", "bold", "font-size", "14");
        double y = HEADER + 30;
        for (var picture : pictures) {
            subnet(svg, x + 10, y, picture, other, paths);
            y += boxHeight(picture) + 12;
        }
        svg.close();
    }

    private static void subnet(Svg svg, double x, double y, SubnetPicture picture, Scenario other, FindingPaths paths) {
        var usage = picture.usage();
        var free = usage.freeIps();
        svg.group(
                usage.exhausted() ? "subnet exhausted" : "subnet",
                subnetTitle(picture),
                "data-subnet",
                usage.name(),
                "data-path",
                "subnets[" + usage.index() + "]",
                "id",
                "subnet-" + usage.index());
        svg.rect(
                x,
                y,
                BAR,
                boxHeight(picture) - 6,
                "fill",
                Palette.FREE,
                "stroke",
                usage.exhausted() ? Palette.ALERT : Palette.INK,
                "stroke-width",
                usage.exhausted() ? "3" : "1",
                "stroke-dasharray",
                usage.exhausted() ? "6 3" : null);
        svg.text(
                x + 8,
                y + 18,
                usage.name()
                        + (picture.type() == null ? "" : " (" + picture.type().toLowerCase(Locale.ROOT) + ")"),
                "font-weight",
                "bold");
        svg.text(
                x + 8,
                y + 34,
                usage.cidr() + " · " + free + " of " + usage.totalIps() + " free · " + percent(usage.utilization())
                        + " used",
                "fill",
                Palette.MUTED);
        alerts(svg, x, y, picture);
        AddressBar.draw(svg, x + 8, y + 44, BAR - 16, usage, picture.otherUsed(), other);
        double line = y + boxHeight(picture) - 6 - picture.groups().size() * 20 - 4;
        for (var group : picture.groups()) {
            nodes(svg, x + 8, line, group, paths.nodeGroup(group.group()), usage.index());
            line += 20;
        }
        svg.close();
    }

    /** An exhausted subnet's label, and a badge counting the findings on the subnet. */
    private static void alerts(Svg svg, double x, double y, SubnetPicture picture) {
        var usage = picture.usage();
        if (usage.exhausted()) {
            svg.text(
                    x + BAR - 8,
                    y + 18,
                    "EXHAUSTED",
                    "class",
                    "exhausted-label",
                    "text-anchor",
                    "end",
                    "fill",
                    Palette.ALERT,
                    "font-weight",
                    "bold");
        } else if (!picture.findings().isEmpty()) {
            badge(svg, x + BAR - 14, y + 14, picture.findings());
        }
        if (usage.exhausted() && !picture.findings().isEmpty()) {
            badge(svg, x + BAR - 100, y + 14, picture.findings());
        }
    }

    /** A node group's nodes in one subnet, marked with the group's finding path and ids stable across redraws. */
    private static void nodes(
            Svg svg, double x, double y, SubnetPicture.GroupNodes group, String path, int subnetIndex) {
        svg.group(
                "node-group",
                group.group() + ": " + group.count() + " nodes",
                "data-node-group",
                group.group(),
                "data-path",
                path,
                "id",
                "node-group-" + group.group() + "-subnet-" + subnetIndex);
        svg.text(x, y + 14, group.group() + " · " + group.count() + " × " + nullable(group.instanceType()));
        double left = x + 150;
        for (var name : group.names()) {
            svg.open(
                            "circle",
                            "class",
                            "node-marker",
                            "data-node",
                            name,
                            "data-path",
                            path,
                            "id",
                            "node-" + name,
                            "cx",
                            num(left),
                            "cy",
                            num(y + 10),
                            "r",
                            "6",
                            "fill",
                            Palette.NODE)
                    .titled(name + " (" + group.group() + ")")
                    .close();
            left += 15;
        }
        if (group.count() > group.names().size()) {
            svg.text(left, y + 14, "+" + (group.count() - group.names().size()) + " more", "class", "more-nodes");
        }
        svg.close();
    }

    private static void badge(Svg svg, double cx, double cy, List<Finding> findings) {
        var title = new StringBuilder();
        for (var finding : findings) {
            title.append(finding.severity())
                    .append(' ')
                    .append(finding.code())
                    .append(": ")
                    .append(finding.message())
                    .append('\n');
        }
        boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        svg.group("finding", title.toString().strip());
        svg.leaf("circle", "cx", num(cx), "cy", num(cy), "r", "9", "fill", error ? Palette.ALERT : Palette.WARNING);
        svg.text(
                cx,
                cy + 4,
                Integer.toString(findings.size()),
                "text-anchor",
                "middle",
                "fill",
                Palette.FREE,
                "font-weight",
                "bold");
        svg.close();
    }

    private static void findings(Svg svg, double y, List<Finding> loose, int listed) {
        svg.group("findings", "Findings not tied to one subnet");
        svg.text(MARGIN, y, loose.isEmpty() ? "No other findings." : "Other findings:", "font-weight", "bold");
        for (int i = 0; i < listed; i++) {
            var finding = loose.get(i);
            svg.text(
                    MARGIN,
                    y + 18 * (i + 1),
                    finding.severity() + " " + finding.code() + " at " + nullable(finding.path()) + ": "
                            + finding.message(),
                    "class",
                    "finding-line");
        }
        if (loose.size() > listed) {
            svg.text(MARGIN, y + 18 * (listed + 1), "… and " + (loose.size() - listed) + " more (see /validation)");
        }
        svg.close();
    }

    private static String subnetTitle(SubnetPicture picture) {
        var usage = picture.usage();
        return "Subnet " + usage.name() + " " + usage.cidr() + ": " + (usage.totalIps() - usage.freeIps()) + " of "
                + usage.totalIps() + " addresses used" + (usage.exhausted() ? ", exhausted" : "")
                + (picture.findings().isEmpty() ? "" : ", " + picture.findings().size() + " findings");
    }

    static String label(Scenario scenario) {
        return scenario == Scenario.MAX ? "max" : "desired";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String nullable(String text) {
        return text == null ? "?" : text;
    }

    static String cidrs(ClusterTopology topology) {
        return topology.vpc() == null || topology.vpc().cidrBlocks().isEmpty()
                ? "(no CIDR)"
                : String.join(
                        ", ",
                        topology.vpc().cidrBlocks().stream()
                                .map(Object::toString)
                                .toList());
    }
}
