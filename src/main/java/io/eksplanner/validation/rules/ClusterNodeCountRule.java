package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.Locale;

/** Checks that the node groups at their largest stay within the 5,000 nodes Kubernetes is tested for. */
final class ClusterNodeCountRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §7 (K8S "≤ 5,000 nodes"; EKS ultra scale "up to 100,000 worker nodes"),
    // R13.

    static final int TESTED_NODES = 5_000;
    static final int ULTRA_SCALE_NODES = 100_000;

    @Override
    public void check(ValidationContext context, Findings findings) {
        long total = 0;
        for (var group : context.topology().nodeGroups()) {
            total += largestSize(group);
        }
        if (total > TESTED_NODES) {
            findings.add(
                    FindingCode.CLUSTER_NODE_COUNT,
                    "nodeGroups",
                    "the node groups reach " + count(total) + " nodes at their maximum sizes,"
                            + " past the " + count(TESTED_NODES)
                            + " nodes Kubernetes is tested for; EKS ultra scale supports up to "
                            + count(ULTRA_SCALE_NODES) + " nodes",
                    "lower the node groups' maxSize so they add up to at most " + count(TESTED_NODES)
                            + " nodes, or split the workload across clusters; beyond that, make sure the cluster"
                            + " qualifies for EKS ultra scale");
        }
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** The most nodes a group runs: maxSize, else desiredSize, else minSize, else none known. */
    private static long largestSize(NodeGroup group) {
        if (group.maxSize() != null) {
            return group.maxSize();
        }
        if (group.desiredSize() != null) {
            return group.desiredSize();
        }
        return group.minSize() != null ? group.minSize() : 0;
    }
}
