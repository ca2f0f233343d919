package io.eksplanner.routing;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods of each workload, by the workload's {@code namespace/name}, indexed once per plan from the workload the IP
 * plan records for each pod. A pod whose workload is not in the topology means the plan was not made from it.
 */
final class WorkloadPods {

    private final Map<String, List<PodPlan>> podsByWorkload = new HashMap<>();

    private WorkloadPods() {}

    static WorkloadPods index(List<Workload> workloads, IpPlan ipPlan) {
        var index = new WorkloadPods();
        var known = new HashSet<>(workloads);
        // A plan's pods share their workload's record: look each one up once, not once per pod.
        var podsOf = new IdentityHashMap<Workload, List<PodPlan>>();
        for (int pod = 0; pod < ipPlan.podCount(); pod++) {
            var workload = ipPlan.workloadOf(pod);
            var plan = ipPlan.pod(pod);
            var pods = podsOf.get(workload);
            if (pods == null) {
                if (!known.contains(workload)) {
                    throw new IllegalArgumentException("the IP plan was not made from this topology: pod "
                            + plan.namespace() + "/" + plan.name() + " is a replica of no workload of it");
                }
                pods = index.podsByWorkload.computeIfAbsent(RoutingContext.key(workload), key -> new ArrayList<>());
                podsOf.put(workload, pods);
            }
            pods.add(plan);
        }
        return index;
    }

    /** The pods, scheduled or not, of the workloads named {@code namespace/name}, in plan order. */
    List<PodPlan> of(String workloadKey) {
        return podsByWorkload.getOrDefault(workloadKey, List.of());
    }
}
