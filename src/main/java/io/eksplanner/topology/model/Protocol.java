package io.eksplanner.topology.model;

/**
 * A Kubernetes port protocol. Public: {@code importing.manifests}, {@code topology} and {@code topology.spec} use it.
 */
public enum Protocol {
    TCP,
    UDP,
    SCTP
}
