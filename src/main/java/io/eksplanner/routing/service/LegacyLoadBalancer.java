package io.eksplanner.routing.service;

import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.TargetType;

/**
 * The legacy cloud provider controller's load balancer for a Service: a CLB, or an NLB with {@code
 * aws-load-balancer-type: nlb}, always on instance targets, with its own reading of the scheme annotation (src/docs/reference/aws-load-balancers.md §4) and
 * subnets (§7).
 */
final class LegacyLoadBalancer {

    private static final LoadBalancerOwner OWNER = LoadBalancerOwner.LEGACY;

    private final RoutingContext context;
    private final ServiceTargetGroups targetGroups;

    LegacyLoadBalancer(RoutingContext context, ServiceTargetGroups targetGroups) {
        this.context = context;
        this.targetGroups = targetGroups;
    }

    LoadBalancerPlan plan(LoadBalancerService loadBalancer, boolean nlb) {
        var annotations = loadBalancer.annotations();
        // Legacy scheme: "false" is internet-facing, any other value internal, absent internet-facing
        // (src/docs/reference/aws-load-balancers.md §4).
        var internal = annotations.get("aws-load-balancer-internal");
        var scheme = internal == null || internal.isEmpty() || internal.equals("false")
                ? Scheme.INTERNET_FACING
                : Scheme.INTERNAL;
        boolean crossZone = "true".equals(annotations.get("aws-load-balancer-cross-zone-load-balancing-enabled"));
        var subnets = context.subnets().legacySubnets(scheme);
        if (subnets.isEmpty()) {
            return loadBalancer.none(
                    OWNER,
                    "no subnet for an " + scheme + " load balancer"
                            + (scheme == Scheme.INTERNET_FACING ? " (public subnets only)" : ""));
        }
        return targetGroups.build(
                loadBalancer,
                new LoadBalancerSettings(
                        OWNER,
                        nlb ? LoadBalancerType.NLB : LoadBalancerType.CLB,
                        scheme,
                        TargetType.INSTANCE,
                        "ipv4",
                        subnets,
                        crossZone,
                        nlb));
    }
}
