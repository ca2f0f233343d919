package io.eksplanner.topology;

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
import java.util.List;
import java.util.function.Function;

/**
 * One of the twelve Gateway API kinds a cluster stores as {@link GatewayResource} rows: its name in the document
 * (also the row's {@code kind} column), its spec type, and how a spec is keyed. GatewayClasses are cluster-scoped and
 * keyed by name; every other kind by namespace and name (src/docs/domain-rules.md §1), the controller's three
 * included: their CRDs say {@code scope: Namespaced} (aws-load-balancer-controller v3.5.0
 * config/crd/gateway/gateway.k8s.aws_loadbalancerconfigurations.yaml@5982613953df58f3227301b7121abde6abaa2c20, and
 * likewise its targetgroupconfigurations and listenerruleconfigurations files).
 */
final class GatewayKind<S> {

    static final GatewayKind<GatewayClassSpec> GATEWAY_CLASSES = new GatewayKind<>(
            "gatewayClasses",
            GatewayClassSpec.class,
            spec -> ChildKey.of(spec.name()),
            TopologyDocument::gatewayClasses);

    static final GatewayKind<GatewaySpec> GATEWAYS = new GatewayKind<>(
            "gateways",
            GatewaySpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::gateways);

    static final GatewayKind<HttpRouteSpec> HTTP_ROUTES = new GatewayKind<>(
            "httpRoutes",
            HttpRouteSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::httpRoutes);

    static final GatewayKind<GrpcRouteSpec> GRPC_ROUTES = new GatewayKind<>(
            "grpcRoutes",
            GrpcRouteSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::grpcRoutes);

    static final GatewayKind<L4RouteSpec> TCP_ROUTES = l4Routes("tcpRoutes", TopologyDocument::tcpRoutes);
    static final GatewayKind<L4RouteSpec> UDP_ROUTES = l4Routes("udpRoutes", TopologyDocument::udpRoutes);
    static final GatewayKind<L4RouteSpec> TLS_ROUTES = l4Routes("tlsRoutes", TopologyDocument::tlsRoutes);

    static final GatewayKind<ReferenceGrantSpec> REFERENCE_GRANTS = new GatewayKind<>(
            "referenceGrants",
            ReferenceGrantSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::referenceGrants);

    static final GatewayKind<ListenerSetSpec> LISTENER_SETS = new GatewayKind<>(
            "listenerSets",
            ListenerSetSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::listenerSets);

    static final GatewayKind<LoadBalancerConfigurationSpec> LOAD_BALANCER_CONFIGURATIONS = new GatewayKind<>(
            "loadBalancerConfigurations",
            LoadBalancerConfigurationSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::loadBalancerConfigurations);

    static final GatewayKind<TargetGroupConfigurationSpec> TARGET_GROUP_CONFIGURATIONS = new GatewayKind<>(
            "targetGroupConfigurations",
            TargetGroupConfigurationSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::targetGroupConfigurations);

    static final GatewayKind<ListenerRuleConfigurationSpec> LISTENER_RULE_CONFIGURATIONS = new GatewayKind<>(
            "listenerRuleConfigurations",
            ListenerRuleConfigurationSpec.class,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            TopologyDocument::listenerRuleConfigurations);

    /** Every kind, in the document's order: the order in which a document's resources are stored. */
    static final List<GatewayKind<?>> ALL = List.of(
            GATEWAY_CLASSES,
            GATEWAYS,
            HTTP_ROUTES,
            GRPC_ROUTES,
            TCP_ROUTES,
            UDP_ROUTES,
            TLS_ROUTES,
            REFERENCE_GRANTS,
            LISTENER_SETS,
            LOAD_BALANCER_CONFIGURATIONS,
            TARGET_GROUP_CONFIGURATIONS,
            LISTENER_RULE_CONFIGURATIONS);

    private final String name;
    private final Class<S> type;
    private final Function<S, ChildKey> keyOfSpec;
    private final Function<TopologyDocument, List<S>> inDocument;

    private GatewayKind(
            String name,
            Class<S> type,
            Function<S, ChildKey> keyOfSpec,
            Function<TopologyDocument, List<S>> inDocument) {
        this.name = name;
        this.type = type;
        this.keyOfSpec = keyOfSpec;
        this.inDocument = inDocument;
    }

    private static GatewayKind<L4RouteSpec> l4Routes(
            String name, Function<TopologyDocument, List<L4RouteSpec>> inDocument) {
        return new GatewayKind<>(
                name, L4RouteSpec.class, spec -> new ChildKey(spec.namespace(), spec.name()), inDocument);
    }

    /** The kind stored under {@code name}; throws when no kind has that name. */
    static GatewayKind<?> named(String name) {
        return ALL.stream()
                .filter(kind -> kind.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Gateway API kind is stored as " + name));
    }

    /** The kind's property in the document and its value in the {@code kind} column, e.g. {@code httpRoutes}. */
    String name() {
        return name;
    }

    Class<S> type() {
        return type;
    }

    ChildKey keyOf(S spec) {
        return keyOfSpec.apply(spec);
    }

    /** The document's resources of this kind; null when the document omits them. */
    List<S> of(TopologyDocument document) {
        return inDocument.apply(document);
    }

    @Override
    public String toString() {
        return name;
    }
}
