package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.SubnetDiscovery;
import io.eksplanner.routing.TargetType;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.List;

/**
 * The AWS Load Balancer Controller's NLB for a Service it takes: instance or ip targets, the scheme
 * (src/docs/reference/aws-load-balancers.md §4), cross-zone load balancing and client IP preservation (§6), and the
 * subnets it discovers (§7).
 */
final class ControllerNlb {

    private static final LoadBalancerOwner OWNER = LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
    private static final String TARGET_GROUP_ATTRIBUTES = "aws-load-balancer-target-group-attributes";

    private final RoutingContext context;
    private final ServiceTargetGroups targetGroups;

    ControllerNlb(RoutingContext context, ServiceTargetGroups targetGroups) {
        this.context = context;
        this.targetGroups = targetGroups;
    }

    LoadBalancerPlan plan(LoadBalancerService loadBalancer, String type, String nlbTargetType) {
        var annotations = loadBalancer.annotations();
        boolean ip = type.equals("nlb-ip") || "ip".equals(nlbTargetType);
        String schemeName;
        boolean crossZone;
        try {
            schemeName = schemeName(annotations);
            crossZone = crossZone(annotations);
        } catch (Annotations.InvalidAnnotation invalid) {
            var index = context.serviceIndex(
                    loadBalancer.service().namespace(), loadBalancer.service().name());
            return loadBalancer.failed(OWNER, "services[" + index + "].annotations", invalid);
        }
        var path = "services["
                + context.serviceIndex(
                        loadBalancer.service().namespace(),
                        loadBalancer.service().name())
                + "].annotations";
        var scheme = Scheme.parse(schemeName);
        if (scheme == null) {
            // An error of buildLoadBalancerSchemeViaAnnotation, which fails the model like any other.
            return loadBalancer.failed(OWNER, path, "unknown scheme: " + schemeName);
        }
        // Only ipv4 and dualstack, compared exactly; anything else fails the model before the subnets are resolved
        // (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
        // pkg/service/model_build_load_balancer.go}, {@code buildLoadBalancerIPAddressType}).
        var ipAddressType = annotations.getOrDefault("aws-load-balancer-ip-address-type", "ipv4");
        if (!ipAddressType.equals("ipv4") && !ipAddressType.equals("dualstack")) {
            return loadBalancer.failed(OWNER, path, "unknown IPAddressType: " + ipAddressType);
        }
        List<Subnet> subnets;
        try {
            subnets = context.subnets().controllerSubnets(scheme, annotations.get("aws-load-balancer-subnets"));
        } catch (SubnetDiscovery.Refused refused) {
            var index = context.serviceIndex(
                    loadBalancer.service().namespace(), loadBalancer.service().name());
            return loadBalancer.failed(OWNER, "services[" + index + "].annotations", refused.getMessage());
        }
        if (subnets.isEmpty()) {
            return loadBalancer.none(OWNER, SubnetDiscovery.noSubnetReason(scheme));
        }
        return targetGroups.build(
                loadBalancer,
                new LoadBalancerSettings(
                        OWNER,
                        LoadBalancerType.NLB,
                        scheme,
                        ip ? TargetType.IP : TargetType.INSTANCE,
                        ipAddressType,
                        subnets,
                        crossZone,
                        clientIpPreserved(annotations, ip)));
    }

    /**
     * Scheme: aws-load-balancer-scheme, else the deprecated -internal bool, else internal
     * (src/docs/reference/aws-load-balancers.md §4). The bool parses as Go's {@code strconv.ParseBool}: {@code
     * "0.0.0.0/0"}, the value the legacy provider once documented, fails the model (aws-load-balancer-controller
     * v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/service/model_build_load_balancer.go},
     * {@code buildLoadBalancerSchemeLegacyAnnotation}).
     */
    private static String schemeName(Annotations annotations) {
        var scheme = annotations.get("aws-load-balancer-scheme");
        if (scheme != null) {
            return scheme;
        }
        var internal = annotations.boolValue("aws-load-balancer-internal");
        return internal == null || internal ? Scheme.INTERNAL.wireName() : Scheme.INTERNET_FACING.wireName();
    }

    /**
     * Cross-zone: its own annotation, else the load balancer attribute (src/docs/reference/aws-load-balancers.md §6).
     */
    private static boolean crossZone(Annotations annotations) {
        var explicit = annotations.get("aws-load-balancer-cross-zone-load-balancing-enabled");
        return explicit != null
                ? annotations.boolValue("aws-load-balancer-cross-zone-load-balancing-enabled")
                : annotations.hasAttribute("aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true");
    }

    /**
     * Client IP preservation: on for instance targets, off for ip targets with TCP unless set
     * (src/docs/reference/aws-load-balancers.md §6).
     */
    private static boolean clientIpPreserved(Annotations annotations, boolean ip) {
        return ip
                ? annotations.hasAttribute(TARGET_GROUP_ATTRIBUTES, "preserve_client_ip.enabled=true")
                : !annotations.hasAttribute(TARGET_GROUP_ATTRIBUTES, "preserve_client_ip.enabled=false");
    }
}
