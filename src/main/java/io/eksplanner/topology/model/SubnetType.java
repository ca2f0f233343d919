package io.eksplanner.topology.model;

/**
 * How a subnet routes to the internet: PUBLIC through an internet gateway, PRIVATE not. Public: {@code
 * importing.eksctl}, {@code routing}, {@code topology}, {@code topology.spec} and {@code validation.rules} use it.
 */
public enum SubnetType {
    PUBLIC,
    PRIVATE
}
