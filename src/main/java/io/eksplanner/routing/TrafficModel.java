package io.eksplanner.routing;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.Traffic;
import io.eksplanner.routing.LoadBalancerPlanner.PathTotal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a target group spreads requests (domain-rules §4): clients resolve the load balancer's AZs equally; an AZ
 * with no healthy target it may use leaves DNS; an LB node spreads over the healthy targets it may use (all with
 * cross-zone, else its AZ's); a node target forwards over its pods (every ready pod with {@code Cluster}, its own
 * with {@code Local}); an ip target is the pod itself.
 */
final class TrafficModel {

    private TrafficModel() {}

    /** A registered target: its AZ, whether it passes the health check, and the pods it hands requests to. */
    record Entry(String zone, boolean healthy, List<PodPlan> forwardsTo) {}

    /** The shares and the routes requests take. */
    record Result(Traffic traffic, List<PathTotal> paths) {}

    static Result spread(
            List<String> lbZones, boolean crossZone, boolean ipTargets, List<Entry> targets, List<PodPlan> selected) {
        var usableBy = new LinkedHashMap<String, List<Entry>>();
        for (String zone : lbZones) {
            var usable = targets.stream()
                    .filter(target -> target.healthy() && !target.forwardsTo().isEmpty())
                    .filter(target -> crossZone || Objects.equals(target.zone(), zone))
                    .toList();
            if (!usable.isEmpty()) {
                usableBy.put(zone, usable);
            }
        }
        var shares = new LinkedHashMap<String, Double>();
        selected.forEach(pod -> shares.put(pod.name() + "@" + pod.namespace(), 0.0));
        // Targets that forward to the same pods (every node with Cluster) are summed per (entry AZ, target AZ)
        // before the pods are visited, so the work grows with targets plus pods, not with their product.
        var flows = new LinkedHashMap<Flow, double[]>();
        for (var zone : usableBy.entrySet()) {
            double zoneShare = 1.0 / usableBy.size();
            double perTarget = zoneShare / zone.getValue().size();
            for (Entry target : zone.getValue()) {
                flows.computeIfAbsent(
                                new Flow(zone.getKey(), target.zone(), target.forwardsTo()), flow -> new double[1])[
                        0] += perTarget;
            }
        }
        Map<String, PathTotal> paths = new TreeMap<>();
        double hops = 0;
        for (var flow : flows.entrySet()) {
            var key = flow.getKey();
            double perPod = flow.getValue()[0] / key.pods().size();
            for (PodPlan pod : key.pods()) {
                shares.merge(pod.name() + "@" + pod.namespace(), perPod, Double::sum);
                int crossings = ipTargets
                        ? crossing(key.entryZone(), pod.availabilityZone())
                        : crossing(key.entryZone(), key.targetZone())
                                + crossing(key.targetZone(), pod.availabilityZone());
                hops += perPod * crossings;
                var path = new PathTotal(
                        key.entryZone(),
                        ipTargets ? null : key.targetZone(),
                        pod.availabilityZone(),
                        perPod,
                        crossings);
                paths.merge(path.key(), path, PathTotal::plus);
            }
        }
        var pods = new ArrayList<PodShare>();
        double max = 0;
        double min = Double.MAX_VALUE;
        int without = 0;
        for (PodPlan pod : selected) {
            double share = shares.get(pod.name() + "@" + pod.namespace());
            pods.add(new PodShare(pod.name(), pod.node(), pod.availabilityZone(), round(share)));
            if (share < 1e-12) {
                without++;
            } else {
                max = Math.max(max, share);
                min = Math.min(min, share);
            }
        }
        Double ratio = without > 0 || selected.isEmpty() ? null : round(max / min);
        Double crossAz = usableBy.isEmpty() ? null : round(hops);
        return new Result(new Traffic(pods, crossAz, ratio, without), new ArrayList<>(paths.values()));
    }

    /**
     * Requests from one entry AZ to the targets of one AZ that hand them to the same pods; the pod list is compared
     * by identity, as the planner shares one list among all targets that forward alike.
     */
    private record Flow(String entryZone, String targetZone, List<PodPlan> pods) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Flow flow
                    && Objects.equals(entryZone, flow.entryZone)
                    && Objects.equals(targetZone, flow.targetZone)
                    && pods == flow.pods;
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryZone, targetZone, System.identityHashCode(pods));
        }
    }

    /**
     * Every node as an instance target on {@code nodePort}, and the traffic entry it makes: with {@code Cluster} a
     * node passes its check and forwards to every selected pod as long as one exists; with {@code Local} only to its
     * own, and without one it fails the check ({@code localReason} says how). Pods are grouped by node once.
     */
    static List<Entry> nodeTargets(
            List<NodePlan> nodes,
            List<PodPlan> selected,
            boolean local,
            int nodePort,
            String localReason,
            List<Target> targets) {
        var byNode = new java.util.HashMap<String, List<PodPlan>>();
        for (PodPlan pod : selected) {
            byNode.computeIfAbsent(pod.node(), node -> new ArrayList<>()).add(pod);
        }
        var entries = new ArrayList<Entry>(nodes.size());
        for (NodePlan node : nodes) {
            var localPods = byNode.getOrDefault(node.name(), List.of());
            boolean healthy = local ? !localPods.isEmpty() : !selected.isEmpty();
            String reason = healthy
                    ? null
                    : local ? localReason : "the Service has no ready endpoint, so the NodePort answers nothing";
            targets.add(new Target(
                    node.name(),
                    Ipv4Cidr.formatAddress(node.primaryIp()),
                    nodePort,
                    node.availabilityZone(),
                    healthy,
                    reason));
            entries.add(new Entry(node.availabilityZone(), healthy, local ? localPods : selected));
        }
        return entries;
    }

    private static int crossing(String from, String to) {
        return Objects.equals(from, to) ? 0 : 1;
    }

    static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
