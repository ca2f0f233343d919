package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.NetworkDiagram.label;
import static io.eksplanner.diagrams.NetworkDiagram.nullable;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One node: per ENI its kind, subnet and primary address, then its secondary addresses or /28 prefixes (green where a
 * pod holds the address or the prefix has pods, yellow while it waits in the warm pool), then the node's pods with
 * their address and status (src/docs/reference/vpc-cni.md §3).
 */
final class NodeDiagram {

    private static final double MARGIN = 20;
    private static final double CHIP = 118;
    private static final int PER_ROW = 8;
    private static final double WIDTH = MARGIN * 2 + 20 + CHIP * PER_ROW;

    private NodeDiagram() {}

    static String draw(ClusterPlan plan, Scenario scenario, String name) {
        var ipPlan = plan.ipPlans().of(scenario);
        var node = ipPlan.nodes().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NodeNotFound(
                        name,
                        label(scenario),
                        ipPlan.nodes().stream().limit(10).map(NodePlan::name).toList()));
        var pods = new ArrayList<PodPlan>();
        for (int index : node.podIndices()) {
            pods.add(ipPlan.pod(index));
        }
        var svg = new Svg(
                "Node " + node.name() + " at " + label(scenario) + " size",
                node.enis().size() + " ENIs and " + pods.size() + " pods of node group " + node.nodeGroup()
                        + " in subnet " + node.subnet() + ".");
        svg.text(MARGIN, 28, "Node " + node.name(), "font-size", "18", "font-weight", "bold");
        svg.text(
                MARGIN,
                48,
                node.nodeGroup() + " · subnet " + node.subnet() + " · " + nullable(node.availabilityZone())
                        + " · primary IP " + Ipv4Cidr.formatAddress(node.primaryIp()) + " · max pods " + node.maxPods()
                        + " · at " + label(scenario) + " size",
                "fill",
                Palette.MUTED);
        Legend.draw(
                svg,
                MARGIN,
                58,
                Palette.ENI,
                "ENI primary",
                null,
                Palette.POD,
                "held by a pod",
                null,
                Palette.WARM,
                "warm (free on the node)",
                null);
        double y = 90;
        for (var eni : node.enis()) {
            y = eni(svg, y, eni, pods) + 10;
        }
        y = pods(svg, y + 10, pods);
        return svg.finish(WIDTH, y + MARGIN);
    }

    private static double eni(Svg svg, double y, EniPlan eni, List<PodPlan> pods) {
        var held = new HashSet<Long>();
        pods.stream()
                .filter(pod -> pod.eni() != null && pod.eni() == eni.index() && pod.ip() != null)
                .forEach(pod -> held.add(pod.ip()));
        boolean prefixes = eni.prefixes() != null && eni.prefixes().length > 0;
        int chips = prefixes ? eni.prefixes().length : eni.secondaryIps() == null ? 0 : eni.secondaryIps().length;
        int rows = (chips + PER_ROW - 1) / PER_ROW;
        double height = 34 + rows * 22;
        svg.group(
                "eni",
                "ENI " + eni.index() + " (" + eni.kind() + ") in " + eni.subnet() + ", primary "
                        + Ipv4Cidr.formatAddress(eni.primaryIp()) + ", " + chips
                        + (prefixes ? " /28 prefixes" : " secondary IPs"),
                "data-eni",
                Integer.toString(eni.index()));
        svg.rect(MARGIN, y, WIDTH - 2 * MARGIN, height, "fill", Palette.PANEL, "stroke", Palette.INK);
        svg.rect(MARGIN + 6, y + 6, 220, 18, "fill", Palette.ENI, "rx", "3");
        svg.text(
                MARGIN + 10,
                y + 19,
                "eth" + eni.index() + " " + eni.kind().name().toLowerCase(java.util.Locale.ROOT) + " · "
                        + Ipv4Cidr.formatAddress(eni.primaryIp()));
        svg.text(MARGIN + 236, y + 19, "subnet " + eni.subnet(), "fill", Palette.MUTED);
        for (int i = 0; i < chips; i++) {
            double x = MARGIN + 10 + (i % PER_ROW) * CHIP;
            double top = y + 30 + (i / PER_ROW) * 22;
            String text;
            boolean used;
            if (prefixes) {
                long start = eni.prefixes()[i];
                used = held.stream().anyMatch(ip -> ip >= start && ip < start + 16);
                text = Ipv4Cidr.formatAddress(start) + "/28";
            } else {
                used = held.contains(eni.secondaryIps()[i]);
                text = Ipv4Cidr.formatAddress(eni.secondaryIps()[i]);
            }
            svg.open("g", "class", prefixes ? "prefix" : "secondary-ip").titled(text + (used ? " in use" : " warm"));
            svg.rect(x, top, CHIP - 6, 18, "fill", used ? Palette.POD : Palette.WARM, "stroke", Palette.INK, "rx", "3");
            svg.text(x + 4, top + 13, text, "font-size", "11", "fill", used ? Palette.FREE : Palette.INK);
            svg.close();
        }
        svg.close();
        return y + height;
    }

    private static double pods(Svg svg, double y, List<PodPlan> pods) {
        var heading = pods.size() == 1 ? "1 pod" : pods.size() + " pods";
        svg.group("pods", heading);
        svg.text(MARGIN, y + 12, heading, "font-weight", "bold");
        y += 22;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pods.size(); i++) {
            var pod = pods.get(i);
            double x = MARGIN + (i % 3) * ((WIDTH - 2 * MARGIN) / 3);
            double top = y + (i / 3) * 18;
            var address = pod.ip() == null ? "no IP" : Ipv4Cidr.formatAddress(pod.ip());
            svg.open("g", "class", "pod", "data-pod", seen.add(pod.name()) ? pod.name() : null)
                    .titled(pod.namespace() + "/" + pod.name() + " " + address + " " + pod.status()
                            + (pod.reason() == null ? "" : ": " + pod.reason()));
            svg.text(
                    x,
                    top + 12,
                    pod.name() + " · " + address + (pod.eni() == null ? "" : " · eth" + pod.eni())
                            + (pod.status() == IpPlan.PodStatus.Running ? "" : " · " + pod.status()));
            svg.close();
        }
        svg.close();
        return y + ((pods.size() + 2) / 3) * 18;
    }
}
