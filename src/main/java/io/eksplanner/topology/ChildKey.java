package io.eksplanner.topology;

/**
 * Identifies a child of a cluster: by name for cluster-scoped resources (namespace null), by namespace and name
 * for Kubernetes namespaced objects. Public: {@code importing} and {@code topology.web} use it.
 */
public record ChildKey(String namespace, String name) {

    /** The key of a cluster-scoped resource. */
    public static ChildKey of(String name) {
        return new ChildKey(null, name);
    }

    @Override
    public String toString() {
        return namespace == null ? name : namespace + "/" + name;
    }
}
