package io.eksplanner.routing;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods of each workload, by the workload's {@code namespace/name}, indexed once per plan from the workload the IP
 * plan records for each pod. A pod whose workload is not in the topology means the plan was not made from it. Only
 * pod numbers are indexed, as runs of consecutive ones; a workload's pods are looked up in the plan (which names
 * them) only when a Service selects it.
 */
final class WorkloadPods {

    private final IpPlan ipPlan;
    private final Map<String, Runs> runsByWorkload = new HashMap<>();
    private final Map<String, List<PodPlan>> podsByWorkload = new HashMap<>();

    private WorkloadPods(IpPlan ipPlan) {
        this.ipPlan = ipPlan;
    }

    static WorkloadPods index(List<Workload> workloads, IpPlan ipPlan) {
        var index = new WorkloadPods(ipPlan);
        var known = new HashSet<>(workloads);
        // A plan's pods share their workload's record: look each one up once, not once per pod.
        var runsOf = new IdentityHashMap<Workload, Runs>();
        for (int pod = 0; pod < ipPlan.podCount(); pod++) {
            var workload = ipPlan.workloadOf(pod);
            var runs = runsOf.get(workload);
            if (runs == null) {
                if (!known.contains(workload)) {
                    var plan = ipPlan.pod(pod);
                    throw new IllegalArgumentException("the IP plan was not made from this topology: pod "
                            + plan.namespace() + "/" + plan.name() + " is a replica of no workload of it");
                }
                runs = index.runsByWorkload.computeIfAbsent(RoutingContext.key(workload), key -> new Runs());
                runsOf.put(workload, runs);
            }
            runs.add(pod);
        }
        return index;
    }

    /** The pods, scheduled or not, of the workloads named {@code namespace/name}, in plan order. */
    List<PodPlan> of(String workloadKey) {
        var runs = runsByWorkload.get(workloadKey);
        if (runs == null) {
            return List.of();
        }
        return podsByWorkload.computeIfAbsent(workloadKey, key -> runs.pods(ipPlan));
    }

    /** Pod numbers in plan order, kept as runs of consecutive numbers: {@code [start, end)} pairs. */
    private static final class Runs {
        private int[] bounds = new int[4];
        private int size;

        void add(int pod) {
            if (size > 0 && bounds[size - 1] == pod) {
                bounds[size - 1] = pod + 1;
                return;
            }
            if (size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[size++] = pod;
            bounds[size++] = pod + 1;
        }

        List<PodPlan> pods(IpPlan ipPlan) {
            var pods = new ArrayList<PodPlan>();
            for (int run = 0; run < size; run += 2) {
                for (int pod = bounds[run]; pod < bounds[run + 1]; pod++) {
                    pods.add(ipPlan.pod(pod));
                }
            }
            return pods;
        }
    }
}
