package io.eksplanner.topology;

import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of a cluster's child collections, addressed in the API by its path segment: the cluster-scoped subnets,
 * node groups and ingress classes, and the namespaced workloads, services and ingresses. Public: {@code importing} and
 * {@code topology.web} use it.
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

    private final String path;
    private final String kind;
    private final boolean namespaced;
    private final Function<S, ChildKey> keyOfSpec;
    private final Function<Cluster, List<? extends ClusterChild<S>>> stored;
    private final BiConsumer<Cluster, S> adder;

    private ChildCollection(
            String path,
            String kind,
            boolean namespaced,
            Function<S, ChildKey> keyOfSpec,
            Function<Cluster, List<? extends ClusterChild<S>>> stored,
            BiConsumer<Cluster, S> adder) {
        this.path = path;
        this.kind = kind;
        this.namespaced = namespaced;
        this.keyOfSpec = keyOfSpec;
        this.stored = stored;
        this.adder = adder;
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

    @Override
    public String toString() {
        return path;
    }
}
