package io.eksplanner.topology.model;

/**
 * How the planner places a workload's pods on eligible nodes. Public: {@code importing.manifests}, {@code ipam}, {@code
 * topology} and {@code topology.spec} use it.
 */
public enum Placement {
    SPREAD,
    PACK
}
