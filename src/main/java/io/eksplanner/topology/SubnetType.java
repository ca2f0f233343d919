package io.eksplanner.topology;

/** How a subnet routes to the internet: PUBLIC through an internet gateway, PRIVATE not. */
public enum SubnetType {
    PUBLIC,
    PRIVATE
}
