package io.eksplanner.topology.model;

/** A Kubernetes port protocol. */
public enum Protocol {
    TCP,
    UDP,
    SCTP
}
