package io.eksplanner.ipam;

/**
 * Which node counts a plan uses (src/docs/domain-rules.md §3). Public: callers of the planner and the API choose it.
 */
public enum Scenario {
    /** Every node group at its desiredSize. */
    DESIRED,
    /** Every node group at its maxSize, the same replicas spread again over all nodes. */
    MAX
}
