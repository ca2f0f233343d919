package io.eksplanner.topology.model;

/**
 * A Kubernetes Ingress path type; constants are spelled as Kubernetes spells them. Public: {@code importing.manifests},
 * {@code routing.alb}, {@code topology} and {@code topology.spec} use it.
 */
public enum PathType {
    Exact,
    Prefix,
    ImplementationSpecific
}
