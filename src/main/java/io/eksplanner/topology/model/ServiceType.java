package io.eksplanner.topology.model;

/** A Kubernetes Service type; constants are spelled as Kubernetes spells them. */
public enum ServiceType {
    ClusterIP,
    NodePort,
    LoadBalancer
}
