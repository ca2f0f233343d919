package io.eksplanner.topology.model;

/** A Kubernetes Service's externalTrafficPolicy; constants are spelled as Kubernetes spells them. */
public enum ExternalTrafficPolicy {
    Cluster,
    Local
}
