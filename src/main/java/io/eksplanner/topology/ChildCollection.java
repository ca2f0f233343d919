package io.eksplanner.topology;

import io.eksplanner.topology.spec.GatewayClassSpec;
import io.eksplanner.topology.spec.GatewaySpec;
import io.eksplanner.topology.spec.GrpcRouteSpec;
import io.eksplanner.topology.spec.HttpRouteSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec;
import io.eksplanner.topology.spec.ListenerSetSpec;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.ReferenceGrantSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TargetGroupConfigurationSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of a cluster's child collections, addressed in the API by its path segment: the cluster-scoped subnets,
 * node groups, ingress classes and GatewayClasses, and the namespaced workloads, services, ingresses and the other
 * Gateway API kinds. Public: {@code importing} and {@code topology.web} use it.
 */
public final class ChildCollection<S> {

    public static final ChildCollection<SubnetSpec> SUBNETS = new ChildCollection<>(
            "subnets",
            "subnet",
            false,
            spec -> ChildKey.of(spec.name()),
            Cluster::subnets,
            (cluster, spec) -> cluster.subnets().add(new Subnet(spec)));

    public static final ChildCollection<NodeGroupSpec> NODE_GROUPS = new ChildCollection<>(
            "node-groups",
            "node group",
            false,
            spec -> ChildKey.of(spec.name()),
            Cluster::nodeGroups,
            (cluster, spec) -> cluster.nodeGroups().add(new NodeGroup(spec)));

    public static final ChildCollection<IngressClassSpec> INGRESS_CLASSES = new ChildCollection<>(
            "ingress-classes",
            "ingress class",
            false,
            spec -> ChildKey.of(spec.name()),
            Cluster::ingressClasses,
            (cluster, spec) -> cluster.ingressClasses().add(new IngressClass(spec)));

    public static final ChildCollection<WorkloadSpec> WORKLOADS = new ChildCollection<>(
            "workloads",
            "workload",
            true,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            Cluster::workloads,
            (cluster, spec) -> cluster.workloads().add(new Workload(spec)));

    public static final ChildCollection<ServiceSpec> SERVICES = new ChildCollection<>(
            "services",
            "service",
            true,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            Cluster::services,
            (cluster, spec) -> cluster.services().add(new KubernetesService(spec)));

    public static final ChildCollection<IngressSpec> INGRESSES = new ChildCollection<>(
            "ingresses",
            "ingress",
            true,
            spec -> new ChildKey(spec.namespace(), spec.name()),
            Cluster::ingresses,
            (cluster, spec) -> cluster.ingresses().add(new Ingress(spec)));

    public static final ChildCollection<GatewayClassSpec> GATEWAY_CLASSES =
            gateway("gateway-classes", "gateway class", GatewayKind.GATEWAY_CLASSES);

    public static final ChildCollection<GatewaySpec> GATEWAYS = gateway("gateways", "gateway", GatewayKind.GATEWAYS);

    public static final ChildCollection<HttpRouteSpec> HTTP_ROUTES =
            gateway("http-routes", "HTTP route", GatewayKind.HTTP_ROUTES);

    public static final ChildCollection<GrpcRouteSpec> GRPC_ROUTES =
            gateway("grpc-routes", "gRPC route", GatewayKind.GRPC_ROUTES);

    public static final ChildCollection<L4RouteSpec> TCP_ROUTES =
            gateway("tcp-routes", "TCP route", GatewayKind.TCP_ROUTES);

    public static final ChildCollection<L4RouteSpec> UDP_ROUTES =
            gateway("udp-routes", "UDP route", GatewayKind.UDP_ROUTES);

    public static final ChildCollection<L4RouteSpec> TLS_ROUTES =
            gateway("tls-routes", "TLS route", GatewayKind.TLS_ROUTES);

    public static final ChildCollection<ReferenceGrantSpec> REFERENCE_GRANTS =
            gateway("reference-grants", "reference grant", GatewayKind.REFERENCE_GRANTS);

    public static final ChildCollection<ListenerSetSpec> LISTENER_SETS =
            gateway("listener-sets", "listener set", GatewayKind.LISTENER_SETS);

    public static final ChildCollection<LoadBalancerConfigurationSpec> LOAD_BALANCER_CONFIGURATIONS = gateway(
            "load-balancer-configurations", "load balancer configuration", GatewayKind.LOAD_BALANCER_CONFIGURATIONS);

    public static final ChildCollection<TargetGroupConfigurationSpec> TARGET_GROUP_CONFIGURATIONS = gateway(
            "target-group-configurations", "target group configuration", GatewayKind.TARGET_GROUP_CONFIGURATIONS);

    public static final ChildCollection<ListenerRuleConfigurationSpec> LISTENER_RULE_CONFIGURATIONS = gateway(
            "listener-rule-configurations", "listener rule configuration", GatewayKind.LISTENER_RULE_CONFIGURATIONS);

    private final String path;
    private final String kind;
    private final boolean namespaced;
    private final Function<S, ChildKey> keyOfSpec;
    private final Function<Cluster, List<? extends ClusterChild<S>>> stored;
    private final BiConsumer<Cluster, S> adder;
    private final BiConsumer<Cluster, ChildKey> remover;

    private ChildCollection(
            String path,
            String kind,
            boolean namespaced,
            Function<S, ChildKey> keyOfSpec,
            Function<Cluster, List<? extends ClusterChild<S>>> stored,
            BiConsumer<Cluster, S> adder) {
        this(
                path,
                kind,
                namespaced,
                keyOfSpec,
                stored,
                adder,
                (cluster, key) ->
                        stored.apply(cluster).removeIf(child -> child.key().equals(key)));
    }

    private ChildCollection(
            String path,
            String kind,
            boolean namespaced,
            Function<S, ChildKey> keyOfSpec,
            Function<Cluster, List<? extends ClusterChild<S>>> stored,
            BiConsumer<Cluster, S> adder,
            BiConsumer<Cluster, ChildKey> remover) {
        this.path = path;
        this.kind = kind;
        this.namespaced = namespaced;
        this.keyOfSpec = keyOfSpec;
        this.stored = stored;
        this.adder = adder;
        this.remover = remover;
    }

    /** A Gateway API kind, stored with the others of its cluster as {@link GatewayResource} rows. */
    private static <S> ChildCollection<S> gateway(String path, String kind, GatewayKind<S> gatewayKind) {
        return new ChildCollection<>(
                path,
                kind,
                gatewayKind != GatewayKind.GATEWAY_CLASSES,
                gatewayKind::keyOf,
                cluster -> cluster.gatewayResources(gatewayKind),
                (cluster, spec) -> cluster.addGatewayResource(gatewayKind, spec),
                (cluster, key) -> cluster.removeGatewayResource(gatewayKind, key));
    }

    /** The URL path segment, e.g. {@code node-groups}. */
    public String path() {
        return path;
    }

    /** The singular name of the resource in messages, e.g. {@code node group}. */
    public String kind() {
        return kind;
    }

    /** Whether children are addressed by namespace and name rather than by name alone. */
    public boolean namespaced() {
        return namespaced;
    }

    /** The key a spec would be stored under. */
    public ChildKey keyOf(S spec) {
        return keyOfSpec.apply(spec);
    }

    List<? extends ClusterChild<S>> of(Cluster cluster) {
        return stored.apply(cluster);
    }

    void add(Cluster cluster, S spec) {
        adder.accept(cluster, spec);
    }

    void remove(Cluster cluster, ChildKey key) {
        remover.accept(cluster, key);
    }

    @Override
    public String toString() {
        return path;
    }
}
