package io.eksplanner.topology.model;

/**
 * A Kubernetes Service type; constants are spelled as Kubernetes spells them. Public: {@code importing.manifests},
 * {@code routing}, {@code routing.alb}, {@code routing.service}, {@code topology}, {@code topology.spec} and {@code
 * validation.rules} use it.
 */
public enum ServiceType {
    ClusterIP,
    NodePort,
    LoadBalancer
}
