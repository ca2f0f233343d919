package io.eksplanner.topology.model;

/** How a subnet routes to the internet: PUBLIC through an internet gateway, PRIVATE not. */
public enum SubnetType {
    PUBLIC,
    PRIVATE
}
