package io.eksplanner.importing.manifests;

import io.eksplanner.topology.spec.GatewayClassSpec;
import io.eksplanner.topology.spec.GatewaySpec;
import io.eksplanner.topology.spec.GrpcRouteSpec;
import io.eksplanner.topology.spec.HttpRouteSpec;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec;
import io.eksplanner.topology.spec.ListenerSetSpec;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec;
import io.eksplanner.topology.spec.ReferenceGrantSpec;
import io.eksplanner.topology.spec.TargetGroupConfigurationSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The Gateway API objects and the controller's Gateway configurations read from a stream, each collection in the
 * order the objects came in; {@link #applyTo} applies them over a document's own by name (and namespace), as {@code
 * kubectl apply} does.
 */
final class GatewayObjects {

    final List<GatewayClassSpec> gatewayClasses = new ArrayList<>();
    final List<GatewaySpec> gateways = new ArrayList<>();
    final List<HttpRouteSpec> httpRoutes = new ArrayList<>();
    final List<GrpcRouteSpec> grpcRoutes = new ArrayList<>();
    final List<L4RouteSpec> tcpRoutes = new ArrayList<>();
    final List<L4RouteSpec> udpRoutes = new ArrayList<>();
    final List<L4RouteSpec> tlsRoutes = new ArrayList<>();
    final List<ReferenceGrantSpec> referenceGrants = new ArrayList<>();
    final List<ListenerSetSpec> listenerSets = new ArrayList<>();
    final List<LoadBalancerConfigurationSpec> loadBalancerConfigurations = new ArrayList<>();
    final List<TargetGroupConfigurationSpec> targetGroupConfigurations = new ArrayList<>();
    final List<ListenerRuleConfigurationSpec> listenerRuleConfigurations = new ArrayList<>();

    /** {@code document} with these objects applied over its own: replaced in place by key, new ones appended. */
    TopologyDocument applyTo(TopologyDocument document) {
        return document.withGatewayResources(
                merge(document.gatewayClasses(), gatewayClasses, GatewayClassSpec::name),
                merge(document.gateways(), gateways, g -> g.namespace() + "/" + g.name()),
                merge(document.httpRoutes(), httpRoutes, r -> r.namespace() + "/" + r.name()),
                merge(document.grpcRoutes(), grpcRoutes, r -> r.namespace() + "/" + r.name()),
                merge(document.tcpRoutes(), tcpRoutes, r -> r.namespace() + "/" + r.name()),
                merge(document.udpRoutes(), udpRoutes, r -> r.namespace() + "/" + r.name()),
                merge(document.tlsRoutes(), tlsRoutes, r -> r.namespace() + "/" + r.name()),
                merge(document.referenceGrants(), referenceGrants, r -> r.namespace() + "/" + r.name()),
                merge(document.listenerSets(), listenerSets, l -> l.namespace() + "/" + l.name()),
                merge(
                        document.loadBalancerConfigurations(),
                        loadBalancerConfigurations,
                        c -> c.namespace() + "/" + c.name()),
                merge(
                        document.targetGroupConfigurations(),
                        targetGroupConfigurations,
                        c -> c.namespace() + "/" + c.name()),
                merge(
                        document.listenerRuleConfigurations(),
                        listenerRuleConfigurations,
                        c -> c.namespace() + "/" + c.name()));
    }

    private static <S> List<S> merge(List<S> stored, List<S> imported, Function<S, String> key) {
        if ((stored == null || stored.isEmpty()) && imported.isEmpty()) {
            return stored;
        }
        var merged = new LinkedHashMap<String, S>();
        (stored == null ? List.<S>of() : stored).forEach(item -> merged.put(key.apply(item), item));
        imported.forEach(item -> merged.put(key.apply(item), item));
        return new ArrayList<>(merged.values());
    }
}
