package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import java.util.ArrayList;

/**
 * The requests along one route, summed: entering the load balancer in one AZ, through a node in another (instance
 * targets only; null for ip targets) to a pod in a third, with how many AZ borders they cross. Public because the
 * service and alb packages turn routes into packet paths.
 */
public record Route(String entryZone, String nodeZone, String podZone, double share, int crossAzHops) {

    /** What identifies a route: its three AZs. */
    String key() {
        return entryZone + "|" + nodeZone + "|" + podZone;
    }

    /** This route with {@code other}'s requests added. */
    Route plus(Route other) {
        return new Route(entryZone, nodeZone, podZone, share + other.share, crossAzHops);
    }

    /**
     * The packet path of this route through a load balancer of {@code type}: client, the load balancer's node, for
     * instance targets the node on {@code nodePort} and kube-proxy's rewrite, then the pod.
     */
    public PacketPath toPath(
            LoadBalancerType type, boolean ipTargets, boolean local, int nodePort, SourceIpAtPod sourceIp) {
        var hops = new ArrayList<String>();
        hops.add("client");
        hops.add(type + " node in " + entryZone);
        if (!ipTargets) {
            hops.add("node in " + nodeZone + " :" + nodePort);
            hops.add(local ? "kube-proxy DNAT to a local pod" : "kube-proxy DNAT + SNAT");
        }
        hops.add("pod in " + podZone);
        return new PacketPath(entryZone, hops, TrafficModel.round(share), sourceIp, crossAzHops, null);
    }
}
