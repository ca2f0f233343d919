package io.eksplanner.ipam;

/** Which node counts a plan uses (domain-rules §3). Public: callers of the planner and the API choose it. */
public enum Scenario {
    /** Every node group at its desiredSize. */
    DESIRED,
    /** Every node group at its maxSize, the same replicas spread again over all nodes. */
    MAX
}
