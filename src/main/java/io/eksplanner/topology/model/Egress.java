package io.eksplanner.topology.model;

/** The default route of a subnet's route table. */
public enum Egress {
    INTERNET_GATEWAY,
    NAT_GATEWAY,
    NONE
}
