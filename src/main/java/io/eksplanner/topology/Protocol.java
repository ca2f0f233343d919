package io.eksplanner.topology;

/** A Kubernetes port protocol. */
public enum Protocol {
    TCP,
    UDP,
    SCTP
}
