package io.eksplanner.routing;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pods of each workload, by the workload's {@code namespace/name}, indexed once per plan. The IP plan does not
 * say which workload a pod belongs to, but it keeps its pods in a documented order (see {@link IpPlan#pod(int)}):
 * the DaemonSets' pods first, then the other workloads' in topology order, each workload's replicas numbered from
 * 0. The index walks that order, one workload after the other, and takes as a workload's the run of pods numbered
 * {@code <name>-0}, {@code <name>-1}, ... in its namespace; a pod the walk cannot place means the plan was not made
 * from this topology.
 */
final class WorkloadPods {

    private final Map<String, List<PodPlan>> podsByWorkload = new HashMap<>();

    private WorkloadPods() {}

    static WorkloadPods index(List<Workload> workloads, IpPlan ipPlan) {
        var index = new WorkloadPods();
        int next = 0;
        for (Workload workload : scheduleOrder(workloads)) {
            var pods = index.podsByWorkload.computeIfAbsent(RoutingContext.key(workload), key -> new ArrayList<>());
            for (int replica = 0; next < ipPlan.podCount(); replica++) {
                var pod = ipPlan.pod(next);
                if (!isReplica(pod, workload, replica)) {
                    break;
                }
                pods.add(pod);
                next++;
            }
        }
        if (next < ipPlan.podCount()) {
            var pod = ipPlan.pod(next);
            throw new IllegalArgumentException("the IP plan was not made from this topology: pod " + pod.namespace()
                    + "/" + pod.name() + " is no replica of a workload in the IP plan's pod order");
        }
        return index;
    }

    /** The workloads in the order the IP planner schedules them, the order of the plan's pods. */
    private static List<Workload> scheduleOrder(List<Workload> workloads) {
        var order = new ArrayList<Workload>(workloads.size());
        workloads.stream().filter(WorkloadPods::isDaemonSet).forEach(order::add);
        workloads.stream().filter(workload -> !isDaemonSet(workload)).forEach(order::add);
        return order;
    }

    private static boolean isDaemonSet(Workload workload) {
        return workload.kind() == WorkloadKind.DaemonSet;
    }

    private static boolean isReplica(PodPlan pod, Workload workload, int replica) {
        return Objects.equals(pod.namespace(), workload.namespace())
                && pod.name().equals(workload.name() + "-" + replica);
    }

    /** The pods, scheduled or not, of the workloads named {@code namespace/name}, in plan order. */
    List<PodPlan> of(String workloadKey) {
        return podsByWorkload.getOrDefault(workloadKey, List.of());
    }
}
