package io.eksplanner.topology.model;

/**
 * The Kubernetes workload kinds the planner schedules; constants are spelled as Kubernetes spells them. Public: {@code
 * importing.manifests}, {@code ipam}, {@code topology}, {@code topology.spec} and {@code validation.rules} use it.
 */
public enum WorkloadKind {
    Deployment,
    StatefulSet,
    DaemonSet
}
