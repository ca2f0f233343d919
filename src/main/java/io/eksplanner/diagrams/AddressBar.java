package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.Svg.num;

import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.Scenario;

/**
 * A subnet's addresses as one bar: node, ENI-primary, pod, warm, other (AWS's reserved five, load balancers, the
 * control plane) and free, each segment as wide as its share of the subnet and titled with its count; a black marker
 * where the other scenario's used addresses end.
 */
final class AddressBar {

    static final double HEIGHT = 18;

    private AddressBar() {}

    static void draw(Svg svg, double x, double y, double width, SubnetUsage usage, long otherUsed, Scenario other) {
        double total = Math.max(1, usage.totalIps());
        long[] counts = {
            usage.nodeIps(),
            usage.eniPrimaryIps(),
            usage.podIps(),
            usage.warmIps(),
            usage.reservedIps() + usage.otherIps(),
            usage.freeIps()
        };
        String[] names = {"node", "eni", "pod", "warm", "other", "free"};
        String[] colours = {Palette.NODE, Palette.ENI, Palette.POD, Palette.WARM, Palette.OTHER, Palette.FREE};
        svg.group("address-bar", "Addresses of " + usage.name());
        double left = x;
        for (int i = 0; i < counts.length; i++) {
            double segment = i == counts.length - 1 ? Math.max(0, x + width - left) : width * counts[i] / total;
            if (counts[i] == 0 && i < counts.length - 1) {
                continue;
            }
            svg.open(
                            "rect",
                            "class",
                            "segment segment-" + names[i],
                            "data-count",
                            Long.toString(counts[i]),
                            "x",
                            num(left),
                            "y",
                            num(y),
                            "width",
                            num(segment),
                            "height",
                            num(HEIGHT),
                            "fill",
                            colours[i],
                            "stroke",
                            Palette.INK,
                            "stroke-width",
                            "0.5")
                    .titled(names[i] + ": " + counts[i] + " addresses")
                    .close();
            left += segment;
        }
        if (otherUsed >= 0) {
            marker(svg, x, y, width, total, usage.totalIps(), otherUsed, other);
        }
        svg.close();
    }

    private static void marker(
            Svg svg, double x, double y, double width, double total, long totalIps, long otherUsed, Scenario other) {
        double at = x + width * Math.min(1, otherUsed / total);
        var label = other == Scenario.MAX ? "at max size" : "at desired size";
        svg.open("g", "class", "scenario-marker").titled(label + ": " + otherUsed + " of " + totalIps + " used");
        svg.line(at, y - 4, at, y + HEIGHT + 4, "stroke", Palette.INK, "stroke-width", "2.5");
        svg.text(
                at,
                y + HEIGHT + 16,
                label.replace("at ", "") + " " + otherUsed,
                "text-anchor",
                at > x + width - 60 ? "end" : at < x + 40 ? "start" : "middle",
                "font-size",
                "10");
        svg.close();
    }
}
