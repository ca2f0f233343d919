package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.TargetType;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;

/**
 * The legacy cloud provider controller's load balancer for a Service: a CLB, or an NLB with {@code
 * aws-load-balancer-type: nlb}, always on instance targets, with its own reading of the scheme annotation
 * (src/docs/reference/aws-load-balancers.md §4) and subnets (§7).
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
        try {
            // ensureLoadBalancerValidation runs before the provider looks at the ports.
            LegacyTargetGroupAttributes.check(
                    annotations, nlb, loadBalancer.service().ports());
        } catch (Annotations.InvalidAnnotation invalid) {
            var service = loadBalancer.service();
            var index = context.serviceIndex(service.namespace(), service.name());
            return loadBalancer.failed(OWNER, "services[" + index + "].annotations", invalid);
        }
        var refused = refusedProtocol(loadBalancer, nlb);
        if (refused != null) {
            return refused;
        }
        // Legacy scheme: "false" is internet-facing, any other value internal, absent internet-facing
        // (src/docs/reference/aws-load-balancers.md §4).
        var internal = annotations.get("aws-load-balancer-internal");
        var scheme = internal == null || internal.isEmpty() || internal.equals("false")
                ? Scheme.INTERNET_FACING
                : Scheme.INTERNAL;
        boolean crossZone;
        try {
            crossZone = crossZone(annotations);
        } catch (Annotations.InvalidAnnotation invalid) {
            var service = loadBalancer.service();
            var index = context.serviceIndex(service.namespace(), service.name());
            return loadBalancer.failed(OWNER, "services[" + index + "].annotations", invalid);
        }
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
                        nlb && LegacyTargetGroupAttributes.clientIpPreserved(annotations)));
    }

    /**
     * Cross-zone: off unless the annotation, read with Go's {@code strconv.ParseBool}, says true; a value that is no
     * Go bool fails the load balancer (cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code
     * pkg/providers/v1/aws.go}, {@code EnsureLoadBalancer}; {@code aws_loadbalancer.go}, {@code
     * reconcileLBAttributes}).
     */
    private static boolean crossZone(Annotations annotations) {
        var suffix = "aws-load-balancer-cross-zone-load-balancing-enabled";
        var raw = annotations.get(suffix);
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        try {
            return annotations.boolValue(suffix);
        } catch (Annotations.InvalidAnnotation invalid) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(suffix),
                    "error parsing service annotation: " + annotations.key(suffix) + "=" + raw);
        }
    }

    /**
     * The provider refuses a Service whose ports mix protocols, and a protocol its load balancer cannot carry: a CLB
     * only TCP, an NLB TCP and UDP (cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code
     * pkg/providers/v1/aws.go}, {@code checkMixedProtocol} and {@code checkProtocol}, from {@code
     * EnsureLoadBalancer}); null when it takes them.
     */
    private LoadBalancerPlan refusedProtocol(LoadBalancerService loadBalancer, boolean nlb) {
        var service = loadBalancer.service();
        var index = context.serviceIndex(service.namespace(), service.name());
        var ports = service.ports();
        for (int p = 0; p < ports.size(); p++) {
            if (!protocol(ports.get(p)).equals(protocol(ports.get(0)))) {
                return loadBalancer.failed(
                        OWNER,
                        "services[" + index + "].ports[" + p + "].protocol",
                        "mixed protocol is not supported for LoadBalancer");
            }
        }
        for (int p = 0; p < ports.size(); p++) {
            var protocol = protocol(ports.get(p));
            if (!protocol.equals("TCP") && !(nlb && protocol.equals("UDP"))) {
                return loadBalancer.failed(
                        OWNER,
                        "services[" + index + "].ports[" + p + "].protocol",
                        "Protocol " + protocol + " not supported by LoadBalancer");
            }
        }
        return null;
    }

    private static String protocol(ServicePort port) {
        return port.protocol() == null ? "TCP" : port.protocol().name();
    }
}
