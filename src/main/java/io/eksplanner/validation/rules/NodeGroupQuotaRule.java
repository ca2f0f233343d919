package io.eksplanner.validation.rules;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.Locale;

/** Checks managed node groups against EKS's adjustable quotas: 450 nodes per group and 30 groups per cluster. */
final class NodeGroupQuotaRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §7 (QUOTAS: "Nodes per managed node group | 450 | yes", "Managed node
    // groups per cluster
    // | 30 | yes"), R13. Both quotas can be raised, so passing them is a WARNING, not an ERROR.

    static final int NODES_PER_MANAGED_GROUP = 450;
    static final int MANAGED_GROUPS_PER_CLUSTER = 30;

    @Override
    public void check(ValidationContext context, Findings findings) {
        var nodeGroups = context.topology().nodeGroups();
        int managedGroups = 0;
        for (int i = 0; i < nodeGroups.size(); i++) {
            var group = nodeGroups.get(i);
            if (!group.isManaged()) {
                continue;
            }
            managedGroups++;
            // The group grows to maxSize; without one, desiredSize is all it is known to reach.
            boolean fromMax = group.maxSize() != null;
            Integer size = fromMax ? group.maxSize() : group.desiredSize();
            if (size != null && size > NODES_PER_MANAGED_GROUP) {
                String field = fromMax ? "maxSize" : "desiredSize";
                findings.add(
                        FindingCode.NODEGROUP_QUOTA,
                        JsonPath.of("nodeGroups", i, field),
                        "managed node group " + group.name() + " reaches " + count(size) + " nodes (" + field
                                + "), above EKS's quota of " + NODES_PER_MANAGED_GROUP
                                + " nodes per managed node group; the quota is adjustable",
                        "request an increase of \"Nodes per managed node group\" in Service Quotas before scaling"
                                + " past " + NODES_PER_MANAGED_GROUP + ", or split it into groups of at most "
                                + NODES_PER_MANAGED_GROUP + " nodes");
            }
        }
        if (managedGroups > MANAGED_GROUPS_PER_CLUSTER) {
            findings.add(
                    FindingCode.NODEGROUP_QUOTA,
                    "nodeGroups",
                    "the cluster has " + managedGroups + " managed node groups, above EKS's quota of "
                            + MANAGED_GROUPS_PER_CLUSTER + " managed node groups per cluster; the quota is adjustable",
                    "request an increase of \"Managed node groups per cluster\" in Service Quotas, or merge groups"
                            + " to at most " + MANAGED_GROUPS_PER_CLUSTER);
        }
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
