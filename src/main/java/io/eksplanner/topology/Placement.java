package io.eksplanner.topology;

/** How the planner places a workload's pods on eligible nodes. */
public enum Placement {
    SPREAD,
    PACK
}
