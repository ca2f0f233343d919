package io.eksplanner.routing.gateway;

import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayRoute;
import io.eksplanner.topology.model.TargetGroupConfiguration;
import io.eksplanner.topology.model.TargetGroupConfiguration.RouteConfiguration;
import io.eksplanner.topology.model.TargetGroupConfiguration.TargetGroupProps;
import java.util.LinkedHashMap;

/**
 * The target-group settings of one backend of one route, as the controller constructs them (aws-load-balancer-
 * controller v3.5.0, {@code pkg/gateway/tg_config_constructor.go}, {@code ConstructTargetGroupConfigForRoute}, {@code
 * mergeWithLongestMatch}, {@code MergeProps}): the Service's TargetGroupConfiguration ({@code
 * pkg/gateway/routeutils/backend.go}, {@code LookUpTargetGroupConfiguration}), its {@code defaultConfiguration}
 * overlaid by the most specific {@code routeConfigurations} entry, over the LoadBalancerConfiguration's default
 * TargetGroupConfiguration built the same way. Each field is taken from the first that sets it; tags and attributes
 * merge key by key.
 */
final class TargetGroupPropsResolver {

    private TargetGroupPropsResolver() {}

    /** The props for {@code route}'s backend Service {@code namespace/service}, or null when nothing sets any. */
    static TargetGroupProps of(
            GatewayApi api, GatewayConfiguration config, GatewayRoute route, String namespace, String service) {
        var forService = api.targetGroupConfigurations().stream()
                .filter(tgc -> tgc.namespace().equals(namespace) && targets(tgc, service))
                .findFirst()
                .map(tgc -> forRoute(tgc, route))
                .orElse(null);
        var forGateway = config.defaultTargetGroupConfigurationName() == null
                ? null
                : api.targetGroupConfigurations().stream()
                        .filter(tgc -> tgc.namespace().equals(config.defaultTargetGroupConfigurationNamespace())
                                && tgc.name().equals(config.defaultTargetGroupConfigurationName()))
                        .findFirst()
                        .map(tgc -> forRoute(tgc, route))
                        .orElse(null);
        return merge(forService, forGateway);
    }

    private static boolean targets(TargetGroupConfiguration tgc, String service) {
        var reference = tgc.targetReference();
        return reference != null
                && (reference.kind() == null || reference.kind().equals("Service"))
                && service.equals(reference.name());
    }

    /** {@code mergeWithLongestMatch}: kind + namespace + name wins, then kind + namespace, then kind alone. */
    static TargetGroupProps forRoute(TargetGroupConfiguration tgc, GatewayRoute route) {
        TargetGroupProps matched = null;
        int longest = 0;
        for (RouteConfiguration entry : tgc.routeConfigurations()) {
            boolean kind = route.kind().name().equals(entry.routeKind());
            boolean namespace = route.namespace().equals(entry.routeNamespace());
            if (kind && namespace && route.name().equals(entry.routeName())) {
                matched = entry.targetGroupProps();
                break;
            }
            if (entry.routeName() != null && !entry.routeName().isEmpty()) {
                continue;
            }
            boolean noNamespace =
                    entry.routeNamespace() == null || entry.routeNamespace().isEmpty();
            if (kind && namespace && longest < 2) {
                matched = entry.targetGroupProps();
                longest = 2;
            } else if (kind && noNamespace && longest < 1) {
                matched = entry.targetGroupProps();
                longest = 1;
            }
        }
        return merge(matched, tgc.defaultConfiguration());
    }

    /** {@code high}'s fields over {@code low}'s; either may be null. */
    static TargetGroupProps merge(TargetGroupProps high, TargetGroupProps low) {
        if (high == null || low == null) {
            return high != null ? high : low;
        }
        var attributes = new LinkedHashMap<>(low.targetGroupAttributes());
        attributes.putAll(high.targetGroupAttributes());
        var tags = new LinkedHashMap<>(low.tags());
        tags.putAll(high.tags());
        return new TargetGroupProps(
                first(high.targetGroupName(), low.targetGroupName()),
                first(high.targetType(), low.targetType()),
                first(high.protocol(), low.protocol()),
                first(high.protocolVersion(), low.protocolVersion()),
                first(high.ipAddressType(), low.ipAddressType()),
                first(high.healthCheck(), low.healthCheck()),
                attributes,
                tags);
    }

    private static <T> T first(T high, T low) {
        return high != null ? high : low;
    }
}
