package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.POD_CAPACITY_EXCEEDED;

import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.LinkedHashMap;

/** Reports workloads whose pods find no free pod slot at desired size: they would stay Pending. */
final class PodCapacityRule implements ValidationRule {

    // Follows src/docs/domain-rules.md §3 (scheduling: never beyond a node's max pods − 2 workload slots) and
    // src/docs/reference/vpc-cni.md §3.

    @Override
    public void check(ValidationContext context, Findings findings) {
        var plan = context.plans().desired();
        var pending = new LinkedHashMap<String, int[]>();
        var reasons = new LinkedHashMap<String, String>();
        for (int index = 0; index < plan.podCount(); index++) {
            var pod = plan.pod(index);
            String workload =
                    pod.namespace() + "/" + pod.name().substring(0, pod.name().lastIndexOf('-'));
            var counts = pending.computeIfAbsent(workload, key -> new int[2]);
            counts[1]++;
            if (pod.status() == PodStatus.Pending) {
                counts[0]++;
                reasons.putIfAbsent(workload, pod.reason());
            }
        }
        var workloads = context.topology().workloads();
        for (int i = 0; i < workloads.size(); i++) {
            var workload = workloads.get(i);
            var key = workload.namespace() + "/" + workload.name();
            var counts = pending.get(key);
            if (counts == null || counts[0] == 0) {
                continue;
            }
            boolean daemonSet = workload.kind() == WorkloadKind.DaemonSet;
            findings.add(
                    POD_CAPACITY_EXCEEDED,
                    daemonSet ? JsonPath.of("workloads", i) : JsonPath.of("workloads", i, "replicas"),
                    "workload " + key + ": " + counts[0] + " of " + counts[1] + " pods stay Pending at desired size: "
                            + reasons.get(key),
                    daemonSet
                            ? "free pod slots on the nodes the DaemonSet runs on, or raise their maxPods"
                            : "add nodes (desiredSize) or larger instance types to the eligible node groups, raise"
                                    + " maxPods, or lower replicas");
        }
    }
}
