package io.eksplanner.topology.model;

/**
 * The default route of a subnet's route table. Public: {@code importing.eksctl}, {@code topology}, {@code
 * topology.spec} and {@code validation.rules} use it.
 */
public enum Egress {
    INTERNET_GATEWAY,
    NAT_GATEWAY,
    NONE
}
