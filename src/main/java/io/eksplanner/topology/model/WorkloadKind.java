package io.eksplanner.topology.model;

/** The Kubernetes workload kinds the planner schedules; constants are spelled as Kubernetes spells them. */
public enum WorkloadKind {
    Deployment,
    StatefulSet,
    DaemonSet
}
