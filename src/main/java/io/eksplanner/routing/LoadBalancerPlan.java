package io.eksplanner.routing;

import java.util.List;

/**
 * What AWS builds for one Service of type LoadBalancer (or Ingress) and how requests reach the pods (domain-rules
 * §4). {@code type} is null, with a {@code reason}, when no controller builds a load balancer.
 */
public record LoadBalancerPlan(
        String id,
        List<String> source,
        String owner,
        String reason,
        String type,
        String scheme,
        String targetType,
        String ipAddressType,
        List<LbSubnet> subnets,
        Boolean crossZone,
        Boolean clientIpPreserved,
        List<Listener> listeners,
        List<TargetGroup> targetGroups,
        List<PacketPath> paths) {

    public LoadBalancerPlan {
        source = List.copyOf(source);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    /** A Service or Ingress that gets no load balancer, and why. */
    static LoadBalancerPlan none(String id, List<String> source, String owner, String reason) {
        return new LoadBalancerPlan(
                id, source, owner, reason, null, null, null, null, null, null, null, null, null, null);
    }

    /** The traffic of the first target group: a one-port Service's whole story. */
    public Traffic traffic() {
        return targetGroups.isEmpty() ? null : targetGroups.get(0).traffic();
    }

    /** A subnet the load balancer has a node (and an ENI) in. */
    public record LbSubnet(String name, String availabilityZone) {}

    /** A listener: protocol and port clients connect to. */
    public record Listener(String protocol, int port) {}

    /** A target group: its targets, health check and the traffic it spreads. */
    public record TargetGroup(
            String protocol, int port, HealthCheck healthCheck, List<Target> targets, Traffic traffic) {

        public TargetGroup {
            targets = List.copyOf(targets);
        }
    }

    /** A target group's health check, with the owner's defaults (aws-load-balancers.md §5). */
    public record HealthCheck(
            String protocol,
            String port,
            String path,
            int intervalSeconds,
            int timeoutSeconds,
            int healthyThreshold,
            int unhealthyThreshold,
            String matcher) {}

    /** A registered target: a node on its NodePort, or a pod IP on its port. */
    public record Target(String id, String ip, int port, String availabilityZone, boolean healthy, String reason) {}

    /** Who gets the requests: each selected pod's share, expected cross-AZ hops, and how uneven it is. */
    public record Traffic(
            List<PodShare> pods, Double crossAzHopsPerRequest, Double maxToMinPodShare, int podsWithoutTraffic) {

        public Traffic {
            pods = List.copyOf(pods);
        }
    }

    /** One pod's share of the requests (0–1). */
    public record PodShare(String pod, String node, String availabilityZone, double share) {}

    /** Requests entering in one AZ and reaching pods along the same hops, aggregated. */
    public record PacketPath(
            String entryAvailabilityZone, List<String> hops, double share, String sourceIpAtPod, int crossAzHops) {

        public PacketPath {
            hops = List.copyOf(hops);
        }
    }
}
