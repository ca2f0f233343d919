package io.eksplanner.topology.model;

import io.eksplanner.common.LimitExceeded;
import java.util.List;

/**
 * What one topology may hold, so that every accepted topology can be planned in bounded time and memory: nodes (each
 * group at the largest of its sizes), pods (DaemonSets counted on every node), Services, Ingresses, Ingress rule paths
 * subnets and Gateway API routes (HTTP, gRPC, TCP, UDP and TLS together). The defaults sit well above the largest
 * real EKS clusters (src/docs/domain-rules.md §1). Checked before anything is planned and before anything is stored.
 * Public: {@code config}, {@code planning} and {@code topology} use it.
 */
public record SizeLimits(
        long nodes, long pods, long services, long ingresses, long ingressPaths, long subnets, long gatewayRoutes) {

    /** The default number of Gateway API routes, all kinds together: as many as Services. */
    public static final long DEFAULT_GATEWAY_ROUTES = 10_000;

    /**
     * The defaults: 100,000 nodes, 3,000,000 pods, 10,000 Services, 5,000 Ingresses, 50,000 paths, 1,000 subnets,
     * 10,000 Gateway API routes.
     */
    public static final SizeLimits DEFAULTS =
            new SizeLimits(100_000, 3_000_000, 10_000, 5_000, 50_000, 1_000, DEFAULT_GATEWAY_ROUTES);

    /** These limits with the default number of Gateway API routes. */
    public SizeLimits(long nodes, long pods, long services, long ingresses, long ingressPaths, long subnets) {
        this(nodes, pods, services, ingresses, ingressPaths, subnets, DEFAULT_GATEWAY_ROUTES);
    }

    /** One limit, with its name as the configuration and the problem say it. */
    public record Limit(String name, long value, long maximum) {}

    /** Throws {@link LimitExceeded} for the first limit {@code topology} goes past. */
    public void check(ClusterTopology topology) {
        for (Limit limit : measure(topology)) {
            if (limit.value() > limit.maximum()) {
                throw new LimitExceeded(limit.name(), limit.value(), limit.maximum());
            }
        }
    }

    /** Each limit with what {@code topology} holds of it; counts are in long arithmetic and never overflow. */
    public List<Limit> measure(ClusterTopology topology) {
        long nodes = nodes(topology);
        return List.of(
                new Limit("nodes", nodes, this.nodes),
                new Limit("pods", pods(topology, nodes), pods),
                new Limit("services", topology.services().size(), services),
                new Limit("ingresses", topology.ingresses().size(), ingresses),
                new Limit("ingressPaths", ingressPaths(topology), ingressPaths),
                new Limit("subnets", topology.subnets().size(), subnets),
                new Limit("gatewayRoutes", gatewayRoutes(topology.gatewayApi()), gatewayRoutes));
    }

    /** Every group at the largest size it is given, since the plan at maximum size launches that many. */
    private static long nodes(ClusterTopology topology) {
        long nodes = 0;
        for (var group : topology.nodeGroups()) {
            nodes += Math.max(
                    0,
                    Math.max(orZero(group.desiredSize()), Math.max(orZero(group.minSize()), orZero(group.maxSize()))));
        }
        return nodes;
    }

    private static long pods(ClusterTopology topology, long nodes) {
        long pods = 0;
        for (var workload : topology.workloads()) {
            pods += workload.kind() == WorkloadKind.DaemonSet ? nodes : Math.max(0, orZero(workload.replicas()));
        }
        return pods;
    }

    private static long ingressPaths(ClusterTopology topology) {
        long paths = 0;
        for (var ingress : topology.ingresses()) {
            for (var rule : ingress.rules()) {
                paths += rule.paths().size();
            }
        }
        return paths;
    }

    private static long gatewayRoutes(GatewayApi gatewayApi) {
        return (long) gatewayApi.httpRoutes().size()
                + gatewayApi.grpcRoutes().size()
                + gatewayApi.tcpRoutes().size()
                + gatewayApi.udpRoutes().size()
                + gatewayApi.tlsRoutes().size();
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
