package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.LoadBalancerDiagram.share;
import static io.eksplanner.diagrams.NetworkDiagram.nullable;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import java.util.List;
import java.util.Objects;

/**
 * One load balancer's panel. Targets and pods are drawn one by one up to {@link #PER_ZONE} per AZ, the rest counted
 * (with their summed share), so a target group of thousands of nodes draws in constant size.
 */
final class LoadBalancerPanel {

    static final int PER_ZONE = 8;
    private static final int RULES = 12;
    private static final double ROW = 20;

    private final Svg svg;
    private final List<String> zones;
    private final double width;

    LoadBalancerPanel(Svg svg, List<String> zones, double width) {
        this.svg = svg;
        this.zones = zones;
        this.width = width;
    }

    /**
     * Draws {@code balancer} from ({@code x}, {@code top}), marked with the finding {@code paths} of its Service or
     * Ingresses (null when none); answers where the panel ends.
     */
    double draw(double x, double top, LoadBalancerPlan balancer, String policy, String paths) {
        svg.group(
                "load-balancer",
                "Load balancer " + balancer.id(),
                "data-load-balancer",
                balancer.id(),
                "data-path",
                paths,
                "id",
                "load-balancer-" + balancer.id());
        double y = top + 22;
        svg.text(
                x + 10,
                y,
                balancer.id() + " — " + String.join(", ", balancer.source()),
                "font-weight",
                "bold",
                "font-size",
                "14");
        y += ROW;
        svg.text(x + 10, y, LoadBalancerDiagram.describe(balancer, policy), "class", "lb-facts");
        if (balancer.type() == null) {
            y += ROW;
            svg.text(x + 10, y, "No load balancer: " + nullable(balancer.reason()), "fill", Palette.ALERT);
        }
        y = listeners(x + 10, y + ROW, balancer);
        for (int i = 0; i < balancer.targetGroups().size(); i++) {
            y = targetGroup(x + 10, y + 6, balancer.targetGroups().get(i));
        }
        y = paths(x + 10, y + 6, balancer.paths());
        svg.close();
        svg.rect(x, top, width, y - top + 8, "fill", "none", "stroke", Palette.MUTED);
        return y + 8;
    }

    private double listeners(double x, double y, LoadBalancerPlan balancer) {
        for (var listener : balancer.listeners()) {
            svg.text(
                    x,
                    y,
                    "listener " + listener.protocol() + ":" + listener.port()
                            + (listener.defaultAction() == null ? "" : " → " + listener.defaultAction())
                            + (listener.sslPolicy() == null ? "" : " · " + listener.sslPolicy()),
                    "class",
                    "listener");
            y += ROW;
        }
        int shown = Math.min(RULES, balancer.rules().size());
        for (int i = 0; i < shown; i++) {
            var rule = balancer.rules().get(i);
            svg.text(
                    x + 16,
                    y,
                    "rule " + rule.listenerPort() + " #" + rule.priority() + ": "
                            + String.join(" and ", rule.conditions()) + " → " + rule.action(),
                    "class",
                    "rule");
            y += ROW;
        }
        if (balancer.rules().size() > shown) {
            svg.text(x + 16, y, "… and " + (balancer.rules().size() - shown) + " more rules");
            y += ROW;
        }
        return y;
    }

    private double targetGroup(double x, double y, TargetGroup group) {
        svg.group("target-group", "Target group " + group.protocol() + ":" + group.port());
        var check = group.healthCheck();
        svg.text(
                x,
                y + 12,
                "target group " + group.protocol() + ":" + group.port() + " · "
                        + group.targets().size()
                        + " targets"
                        + (check == null
                                ? ""
                                : " · health check " + check.protocol() + ":" + check.port()
                                        + (check.path() == null ? "" : " " + check.path())),
                "font-weight",
                "bold");
        y += 20;
        double rows = 0;
        for (int z = 0; z < zones.size(); z++) {
            var zone = zones.get(z);
            double left = x + z * LoadBalancerDiagram.ZONE;
            svg.text(left, y + 12, zone, "fill", Palette.MUTED);
            var targets = group.targets().stream()
                    .filter(target -> Objects.equals(target.availabilityZone(), zone))
                    .toList();
            var pods = group.traffic() == null
                    ? List.<PodShare>of()
                    : group.traffic().pods().stream()
                            .filter(pod -> Objects.equals(pod.availabilityZone(), zone))
                            .toList();
            int targetRows = targets(left, y + 18, targets);
            rows = Math.max(rows, targetRows + pods(left, y + 18 + targetRows * ROW, pods));
        }
        svg.close();
        return y + 24 + rows * ROW;
    }

    /** The targets of one AZ; answers how many rows they take. */
    private int targets(double x, double y, List<Target> targets) {
        int shown = Math.min(PER_ZONE, targets.size());
        for (int i = 0; i < shown; i++) {
            var target = targets.get(i);
            svg.open("g", "class", target.healthy() ? "target" : "target unhealthy")
                    .titled("target " + target.id() + " " + nullable(target.ip()) + ":" + target.port()
                            + (target.healthy() ? " healthy" : " unhealthy: " + nullable(target.reason())));
            svg.rect(
                    x,
                    y + i * ROW,
                    LoadBalancerDiagram.ZONE - 16,
                    ROW - 3,
                    "fill",
                    target.healthy() ? Palette.NODE : Palette.ALERT,
                    "rx",
                    "3");
            svg.text(x + 4, y + i * ROW + 13, nullable(target.ip()) + ":" + target.port(), "fill", Palette.FREE);
            svg.close();
        }
        if (targets.size() > shown) {
            svg.text(
                    x, y + shown * ROW + 13, "+" + (targets.size() - shown) + " more targets", "class", "more-targets");
            return shown + 1;
        }
        return shown;
    }

    /** The pods of one AZ with their shares; answers how many rows they take. */
    private int pods(double x, double y, List<PodShare> pods) {
        int shown = Math.min(PER_ZONE, pods.size());
        for (int i = 0; i < shown; i++) {
            var pod = pods.get(i);
            svg.open("g", "class", "pod-share", "data-share", share(pod.share()))
                    .titled("pod " + pod.pod() + " on " + pod.node() + ": " + share(pod.share()) + " of requests");
            svg.rect(x, y + i * ROW, LoadBalancerDiagram.ZONE - 16, ROW - 3, "fill", Palette.POD, "rx", "8");
            svg.text(x + 4, y + i * ROW + 13, share(pod.share()) + " · " + pod.pod(), "fill", Palette.FREE);
            svg.close();
        }
        if (pods.size() > shown) {
            double rest = pods.subList(shown, pods.size()).stream()
                    .mapToDouble(PodShare::share)
                    .sum();
            svg.text(x, y + shown * ROW + 13, "+" + (pods.size() - shown) + " pods, " + share(rest) + " together");
            return shown + 1;
        }
        return shown;
    }

    /** The packet paths: hops left to right, a line as thick as the path's share, dashed when it crosses an AZ. */
    private double paths(double x, double y, List<PacketPath> paths) {
        if (paths.isEmpty()) {
            return y;
        }
        svg.text(x, y + 12, "packet paths (line width by share of requests)", "font-weight", "bold");
        y += 22;
        for (var path : paths) {
            boolean cross = path.crossAzHops() > 0;
            svg.group(
                    cross ? "packet-path cross-az" : "packet-path",
                    share(path.share()) + " of requests: " + String.join(" → ", path.hops())
                            + (cross ? "; " + path.crossAzHops() + " cross-AZ hops" : ""));
            double hop = Math.min(170, (width - 120) / Math.max(1, path.hops().size()));
            double stroke = 1 + path.share() * 10;
            double mid = y + 10;
            svg.line(
                    x + 60,
                    mid,
                    x + 60 + hop * (path.hops().size() - 1) + 20,
                    mid,
                    "stroke",
                    cross ? Palette.ALERT : Palette.INK,
                    "stroke-width",
                    Svg.num(stroke),
                    "stroke-dasharray",
                    cross ? "6 3" : null);
            svg.text(x, mid + 4, share(path.share()), "class", "path-share", "font-weight", "bold");
            for (int i = 0; i < path.hops().size(); i++) {
                double left = x + 60 + i * hop;
                svg.rect(
                        left,
                        y,
                        hop - 14,
                        20,
                        "fill",
                        i == 1 ? Palette.ENI : Palette.PANEL,
                        "stroke",
                        Palette.INK,
                        "rx",
                        "3");
                svg.text(left + 4, y + 14, path.hops().get(i), "font-size", "10");
            }
            if (cross) {
                svg.text(
                        x + 60 + hop * path.hops().size(),
                        mid + 4,
                        path.crossAzHops() + "× cross-AZ",
                        "fill",
                        Palette.ALERT);
            }
            svg.close();
            y += 28;
        }
        return y;
    }
}
