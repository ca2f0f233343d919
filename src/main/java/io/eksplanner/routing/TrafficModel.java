package io.eksplanner.routing;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerPlan.Traffic;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a target group spreads requests (src/docs/domain-rules.md §4): clients resolve the load balancer's AZs equally;
 * an AZ with no healthy target it may use leaves DNS; an LB node spreads over the healthy targets it may use (all with
 * cross-zone, else its AZ's); a node target forwards over its pods (every ready pod with {@code Cluster}, its own with
 * {@code Local}); an ip target is the pod itself. Public because the service and alb packages spread their target
 * groups' requests with it.
 */
public final class TrafficModel {

    private TrafficModel() {}

    /** A registered target as traffic sees it: its AZ, whether it passes the check, the pods it hands requests to. */
    public record TrafficTarget(String zone, boolean healthy, List<PodPlan> forwardsTo) {}

    /** The shares of a target group and the routes its requests take, ordered by their AZs. */
    public record Spread(Traffic traffic, List<Route> routes) {}

    /** How requests entering in {@code lbZones} spread over {@code targets} to the {@code selected} pods. */
    public static Spread spread(
            List<String> lbZones,
            boolean crossZone,
            boolean ipTargets,
            List<TrafficTarget> targets,
            List<PodPlan> selected) {
        var usableBy = usableTargets(lbZones, crossZone, targets);
        var tally = new Tally(selected);
        flows(usableBy).forEach((flow, requests) -> tally.follow(flow, requests[0], ipTargets));
        Double crossAz = usableBy.isEmpty() ? null : round(tally.hops);
        return new Spread(traffic(selected, tally.shares, crossAz), new ArrayList<>(tally.routes.values()));
    }

    /**
     * Per entry AZ, the targets its LB node may use: healthy ones that forward somewhere, in any AZ with cross-zone,
     * else in its own; an AZ with none leaves DNS.
     */
    private static Map<String, List<TrafficTarget>> usableTargets(
            List<String> lbZones, boolean crossZone, List<TrafficTarget> targets) {
        var usableBy = new LinkedHashMap<String, List<TrafficTarget>>();
        for (String zone : lbZones) {
            var usable = targets.stream()
                    .filter(target -> target.healthy() && !target.forwardsTo().isEmpty())
                    .filter(target -> crossZone || Objects.equals(target.zone(), zone))
                    .toList();
            if (!usable.isEmpty()) {
                usableBy.put(zone, usable);
            }
        }
        return usableBy;
    }

    /**
     * The requests of each flow. Targets that forward to the same pods (every node with Cluster) are summed per
     * (entry AZ, target AZ) before the pods are visited, so the work grows with targets plus pods, not with their
     * product.
     */
    private static Map<Flow, double[]> flows(Map<String, List<TrafficTarget>> usableBy) {
        var flows = new LinkedHashMap<Flow, double[]>();
        for (var zone : usableBy.entrySet()) {
            double zoneShare = 1.0 / usableBy.size();
            double perTarget = zoneShare / zone.getValue().size();
            for (TrafficTarget target : zone.getValue()) {
                flows.computeIfAbsent(
                                new Flow(zone.getKey(), target.zone(), target.forwardsTo()), flow -> new double[1])[
                        0] += perTarget;
            }
        }
        return flows;
    }

    /** Each pod's rounded share, and how uneven the shares are among the pods that get any. */
    private static Traffic traffic(List<PodPlan> selected, Map<String, Double> shares, Double crossAz) {
        var pods = new ArrayList<PodShare>();
        double max = 0;
        double min = Double.MAX_VALUE;
        int without = 0;
        for (PodPlan pod : selected) {
            double share = shares.get(shareKey(pod));
            pods.add(new PodShare(pod.name(), pod.node(), pod.availabilityZone(), round(share)));
            if (share < 1e-12) {
                without++;
            } else {
                max = Math.max(max, share);
                min = Math.min(min, share);
            }
        }
        Double ratio = without > 0 || selected.isEmpty() ? null : round(max / min);
        return new Traffic(pods, crossAz, ratio, without);
    }

    private static String shareKey(PodPlan pod) {
        return pod.name() + "@" + pod.namespace();
    }

    /** The running sums of a spread: each pod's share, each route's, and the expected AZ crossings. */
    private static final class Tally {

        final Map<String, Double> shares = new LinkedHashMap<>();
        final Map<String, Route> routes = new TreeMap<>();
        double hops;

        Tally(List<PodPlan> selected) {
            selected.forEach(pod -> shares.put(shareKey(pod), 0.0));
        }

        /** Hands a flow's requests evenly to its pods. */
        void follow(Flow flow, double requests, boolean ipTargets) {
            double perPod = requests / flow.pods().size();
            for (PodPlan pod : flow.pods()) {
                shares.merge(shareKey(pod), perPod, Double::sum);
                int crossings = ipTargets
                        ? crossing(flow.entryZone(), pod.availabilityZone())
                        : crossing(flow.entryZone(), flow.targetZone())
                                + crossing(flow.targetZone(), pod.availabilityZone());
                hops += perPod * crossings;
                var route = new Route(
                        flow.entryZone(),
                        ipTargets ? null : flow.targetZone(),
                        pod.availabilityZone(),
                        perPod,
                        crossings);
                routes.merge(route.key(), route, Route::plus);
            }
        }
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
            // By hand: Objects.hash boxes and allocates on every one of a target group's thousand targets.
            return (31 * Objects.hashCode(entryZone) + Objects.hashCode(targetZone)) * 31
                    + System.identityHashCode(pods);
        }
    }

    /**
     * Every endpoint as an ip target on the port {@code port} targets, added to {@code targets}, and the traffic
     * target it makes: healthy, handing requests to itself.
     */
    public static List<TrafficTarget> podTargets(ServiceEndpoints endpoints, ServicePort port, List<Target> targets) {
        var entries = new ArrayList<TrafficTarget>(endpoints.pods().size());
        for (PodPlan pod : endpoints.pods()) {
            targets.add(new Target(
                    pod.name(),
                    Ipv4Cidr.formatAddress(pod.ip()),
                    endpoints.targetPort(port, pod),
                    pod.availabilityZone(),
                    true,
                    null));
            entries.add(new TrafficTarget(pod.availabilityZone(), true, List.of(pod)));
        }
        return entries;
    }

    /**
     * Every node as an instance target on {@code nodePort}, added to {@code targets}, and the traffic target it
     * makes: with {@code Cluster} a node passes its check and forwards to every selected pod as long as one exists;
     * with {@code Local} only to its own, and without one it fails the check ({@code localReason} says how). Pods
     * are grouped by node once.
     */
    public static List<TrafficTarget> nodeTargets(
            RoutingContext context,
            List<PodPlan> selected,
            boolean local,
            int nodePort,
            String localReason,
            List<Target> targets) {
        var nodes = context.nodes();
        var addresses = context.nodeAddresses();
        var byNode = new HashMap<String, List<PodPlan>>();
        for (PodPlan pod : selected) {
            byNode.computeIfAbsent(pod.node(), node -> new ArrayList<>()).add(pod);
        }
        var entries = new ArrayList<TrafficTarget>(nodes.size());
        for (int index = 0; index < nodes.size(); index++) {
            var node = nodes.get(index);
            var localPods = byNode.getOrDefault(node.name(), List.of());
            boolean healthy = local ? !localPods.isEmpty() : !selected.isEmpty();
            String reason = healthy
                    ? null
                    : local ? localReason : "the Service has no ready endpoint, so the NodePort answers nothing";
            targets.add(
                    new Target(node.name(), addresses.get(index), nodePort, node.availabilityZone(), healthy, reason));
            entries.add(new TrafficTarget(node.availabilityZone(), healthy, local ? localPods : selected));
        }
        return entries;
    }

    /**
     * The traffic of a load balancer over all its {@code groups}, each taking its {@code share} of the requests
     * ({@link ForwardShares}): a pod's share is the sum of its shares in each group times that group's, the cross-AZ
     * hops likewise; the requests of a group with no usable target reach no pod. One group that takes all the requests
     * has its own traffic; none gives null (src/docs/domain-rules.md §4).
     */
    public static Traffic combine(List<TargetGroup> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        if (groups.size() == 1 && groups.get(0).share() == 1.0) {
            return groups.get(0).traffic();
        }
        var shares = new LinkedHashMap<String, PodShare>();
        double hops = 0;
        boolean reached = false;
        for (TargetGroup group : groups) {
            double part = group.share();
            for (PodShare pod : group.traffic().pods()) {
                var added = new PodShare(pod.pod(), pod.node(), pod.availabilityZone(), pod.share() * part);
                shares.merge(
                        pod.pod() + "@" + pod.node(),
                        added,
                        (a, b) -> new PodShare(a.pod(), a.node(), a.availabilityZone(), a.share() + b.share()));
            }
            if (group.traffic().crossAzHopsPerRequest() != null) {
                hops += group.traffic().crossAzHopsPerRequest() * part;
                reached = true;
            }
        }
        var pods = new ArrayList<PodShare>();
        double max = 0;
        double min = Double.MAX_VALUE;
        int without = 0;
        for (PodShare pod : shares.values()) {
            pods.add(new PodShare(pod.pod(), pod.node(), pod.availabilityZone(), round(pod.share())));
            if (pod.share() < 1e-12) {
                without++;
            } else {
                max = Math.max(max, pod.share());
                min = Math.min(min, pod.share());
            }
        }
        // From the groups' shares, rounded to nine decimals: six keep the ratio free of their rounding.
        Double ratio = without > 0 || pods.isEmpty() ? null : Math.round(max / min * 1e6) / 1e6;
        return new Traffic(pods, reached ? round(hops) : null, ratio, without);
    }

    /**
     * The packet paths of a load balancer's weighed {@code groups}, {@code paths} the paths of each in the same order:
     * every group's, named, each carrying the group's share of the requests.
     */
    public static List<PacketPath> paths(List<TargetGroup> groups, List<List<PacketPath>> paths) {
        var all = new ArrayList<PacketPath>();
        for (int group = 0; group < groups.size(); group++) {
            for (PacketPath path : paths.get(group)) {
                all.add(path.through(groups.get(group).name(), groups.get(group).share()));
            }
        }
        return all;
    }

    private static int crossing(String from, String to) {
        return Objects.equals(from, to) ? 0 : 1;
    }

    /** {@code value} rounded to nine decimals, as the plan gives shares; public for the web package. */
    public static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
