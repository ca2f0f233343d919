package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;

/** Checks that each node group's sizes, where given, keep min ≤ desired ≤ max. */
final class NodeGroupSizeRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §8.3 ("Managed node group sizes", "Unmanaged node group sizes"), §5.8, R13.
    // eksctl would
    // fill in missing sizes (§5.8); only the sizes the user gave are compared, so a missing one is never blamed.

    @Override
    public void check(ValidationContext context, Findings findings) {
        var nodeGroups = context.topology().nodeGroups();
        for (int i = 0; i < nodeGroups.size(); i++) {
            var group = nodeGroups.get(i);
            checkMinAgainstMax(group, i, findings);
            checkDesired(group, i, findings);
        }
    }

    private static void checkMinAgainstMax(NodeGroup group, int index, Findings findings) {
        Integer min = group.minSize();
        Integer max = group.maxSize();
        if (min == null || max == null || min <= max) {
            return;
        }
        String eksctl = group.isManaged()
                ? "cannot use --nodes-min=" + min + " and --nodes-max=" + max + " at the same time"
                : "--nodes-min value (" + min + ") cannot be greater than --nodes-max value (" + max + ")";
        findings.add(
                FindingCode.NODEGROUP_SIZE_ORDER,
                JsonPath.of("nodeGroups", index, "minSize"),
                "node group " + group.name() + " has minSize " + min + " above maxSize " + max + " (eksctl: " + eksctl
                        + ")",
                "lower minSize to at most " + max + " or raise maxSize to at least " + min);
    }

    private static void checkDesired(NodeGroup group, int index, Findings findings) {
        Integer desired = group.desiredSize();
        if (desired == null) {
            return;
        }
        Integer min = group.minSize();
        Integer max = group.maxSize();
        var problems = new ArrayList<String>();
        var fixes = new ArrayList<String>();
        if (min != null && desired < min) {
            problems.add("desiredSize " + desired + " below minSize " + min + " (eksctl: "
                    + (group.isManaged()
                            ? "cannot use --nodes-min=" + min + " and --nodes=" + desired + " at the same time"
                            : "--nodes value (" + desired + ") cannot be lower than --nodes-min value (" + min + ")")
                    + ")");
            fixes.add("raise desiredSize to at least " + min + " or lower minSize to at most " + desired);
        }
        if (max != null && desired > max) {
            problems.add("desiredSize " + desired + " above maxSize " + max + " (eksctl: "
                    + (group.isManaged()
                            ? "cannot use --nodes-max=" + max + " and --nodes=" + desired + " at the same time"
                            : "--nodes value (" + desired + ") cannot be greater than --nodes-max value (" + max + ")")
                    + ")");
            fixes.add("lower desiredSize to at most " + max + " or raise maxSize to at least " + desired);
        }
        if (problems.isEmpty()) {
            return;
        }
        findings.add(
                FindingCode.NODEGROUP_SIZE_ORDER,
                JsonPath.of("nodeGroups", index, "desiredSize"),
                "node group " + group.name() + " has " + String.join(" and ", problems),
                String.join("; ", fixes));
    }
}
