package io.eksplanner.topology.model;

/** How the planner places a workload's pods on eligible nodes. */
public enum Placement {
    SPREAD,
    PACK
}
