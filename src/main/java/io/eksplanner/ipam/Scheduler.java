package io.eksplanner.ipam;

import io.eksplanner.common.Deadline;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules every workload's pods on the launched nodes' pod slots (src/docs/domain-rules.md §3): DaemonSets first, one
 * pod on every eligible node; then the other workloads in the order given, PACK filling nodes in IP order and SPREAD
 * balancing AZs, then nodes. A pod that finds no slot stays Pending, with the scheduler's reason.
 */
final class Scheduler {

    private final EffectiveCni cni;
    private final String region;
    private final PodTable pods;
    private final List<PlannedNode> nodesByIp;
    private final NodeSlots slots;
    private final Spread spread;
    private final Deadline deadline;

    Scheduler(EffectiveCni cni, String region, PodTable pods, List<PlannedNode> nodesByIp, Deadline deadline) {
        this.deadline = deadline;
        this.cni = cni;
        this.region = region;
        this.pods = pods;
        this.nodesByIp = nodesByIp;
        this.slots = new NodeSlots(pods, nodesByIp);
        this.spread = new Spread(slots);
    }

    /** The workloads in pod order: DaemonSets first (system pods run whatever else is scheduled), then the rest. */
    static List<Workload> inPodOrder(List<Workload> workloads) {
        var order = new ArrayList<Workload>(workloads.size());
        workloads.stream().filter(w -> w.kind() == WorkloadKind.DaemonSet).forEach(order::add);
        workloads.stream().filter(w -> w.kind() != WorkloadKind.DaemonSet).forEach(order::add);
        return order;
    }

    /** Adds the pods of {@code inPodOrder} to the pod table, each workload in turn, and schedules them. */
    void schedule(List<Workload> inPodOrder) {
        for (Workload workload : inPodOrder) {
            deadline.check();
            boolean branch = PodNetwork.of(workload, cni) == PodNetwork.BRANCH_ENI;
            if (workload.kind() == WorkloadKind.DaemonSet) {
                scheduleDaemonSet(workload, branch);
            } else {
                scheduleReplicas(workload, branch);
            }
        }
    }

    private static boolean eligible(PlannedNode node, Workload workload) {
        return workload.nodeGroups().isEmpty() || workload.nodeGroups().contains(node.groupName);
    }

    private void scheduleDaemonSet(Workload workload, boolean branch) {
        int index = pods.addWorkload(workload);
        int ordinal = 0;
        for (PlannedNode node : nodesByIp) {
            if (!eligible(node, workload)) {
                continue;
            }
            int pod = pods.add(index, ordinal++);
            if (NodeSlots.fits(node, branch)) {
                slots.place(pod, node, branch);
            } else {
                pods.setReason(
                        pod,
                        "node " + node.name(region) + " has no free pod slot" + (branch ? " or branch ENI" : "")
                                + " (max pods " + node.maxPods + ")");
            }
        }
    }

    private void scheduleReplicas(Workload workload, boolean branch) {
        int index = pods.addWorkload(workload);
        int replicas = workload.replicas() == null ? 1 : workload.replicas();
        // Every node is eligible for a workload without a node-group restriction: no list of them is made then,
        // which for a hundred thousand nodes and thousands of workloads would dominate the plan.
        var eligible = workload.nodeGroups().isEmpty()
                ? nodesByIp
                : nodesByIp.stream().filter(node -> eligible(node, workload)).toList();
        int first = pods.size();
        for (int ordinal = 0; ordinal < replicas; ordinal++) {
            pods.add(index, ordinal);
        }
        int placed = workload.placement() == Placement.PACK
                ? pack(first, replicas, eligible, branch)
                : workload.nodeGroups().isEmpty() && !branch
                        ? spread.overCluster(first, replicas)
                        : spread.among(first, replicas, eligible, branch);
        if (placed < replicas) {
            var reason = pendingReason(workload, eligible, branch);
            for (int pod = first + placed; pod < first + replicas; pod++) {
                pods.setReason(pod, reason);
            }
        }
    }

    /** Fills eligible nodes in IP order; returns how many pods got a node. */
    private int pack(int first, int replicas, List<PlannedNode> eligible, boolean branch) {
        int placed = 0;
        for (PlannedNode node : eligible) {
            while (placed < replicas && NodeSlots.fits(node, branch)) {
                slots.place(first + placed++, node, branch);
            }
            if (placed == replicas) {
                break;
            }
        }
        return placed;
    }

    private static String pendingReason(Workload workload, List<PlannedNode> eligible, boolean branch) {
        if (eligible.isEmpty()) {
            return "0 nodes are available: "
                    + (workload.nodeGroups().isEmpty()
                            ? "the cluster has no launched nodes"
                            : "node groups " + workload.nodeGroups() + " have no launched nodes");
        }
        int slots = eligible.stream()
                .mapToInt(node -> Math.max(0, node.maxPods - 2))
                .sum();
        return "0/" + eligible.size() + " eligible nodes have a free pod slot" + (branch ? " and branch ENI" : "")
                + " (" + slots + " workload slots in all: max pods − 2 per node)";
    }
}
