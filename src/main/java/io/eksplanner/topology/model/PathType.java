package io.eksplanner.topology.model;

/** A Kubernetes Ingress path type; constants are spelled as Kubernetes spells them. */
public enum PathType {
    Exact,
    Prefix,
    ImplementationSpecific
}
