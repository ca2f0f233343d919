package io.eksplanner.topology;

/** The Kubernetes workload kinds the planner schedules; constants are spelled as Kubernetes spells them. */
public enum WorkloadKind {
    Deployment,
    StatefulSet,
    DaemonSet
}
