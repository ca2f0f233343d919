package io.eksplanner.topology.model;

/**
 * A Kubernetes Service's externalTrafficPolicy; constants are spelled as Kubernetes spells them. Public: {@code
 * importing.manifests}, {@code routing}, {@code routing.alb}, {@code routing.service}, {@code topology} and {@code
 * topology.spec} use it.
 */
public enum ExternalTrafficPolicy {
    Cluster,
    Local
}
