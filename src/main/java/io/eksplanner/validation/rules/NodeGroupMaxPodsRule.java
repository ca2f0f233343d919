package io.eksplanner.validation.rules;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Checks that a managed node group's explicit maxPods stays within the cap EKS sets for its instance type. */
final class NodeGroupMaxPodsRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §7 ("For instances with less than 30 vCPUs the maximum number is 110 and
    // for all other
    // instances the maximum number is 250"; the max-pods calculator raises the cap "greater than 30 vCPUs"), R13,
    // and src/docs/domain-rules.md §3, which settle the boundary: 110 up to 30 vCPUs, 250 above.

    static final int SMALL_CAP = 110;
    static final int LARGE_CAP = 250;
    static final int SMALL_VCPUS = 30;

    /** eksctl's instance type when a node group names none (src/docs/reference/eks-vpc.md §8.1, DefaultNodeType). */
    static final String DEFAULT_INSTANCE_TYPE = "m5.large";

    @Override
    public void check(ValidationContext context, Findings findings) {
        var nodeGroups = context.topology().nodeGroups();
        for (int i = 0; i < nodeGroups.size(); i++) {
            var group = nodeGroups.get(i);
            if (!group.isManaged() || group.maxPods() == null) {
                continue;
            }
            boolean defaulted = group.instanceType() == null;
            String typeName = defaulted ? DEFAULT_INSTANCE_TYPE : group.instanceType();
            // An unknown type is INSTANCE_TYPE_UNKNOWN's business; a type without vCPUs has no known cap.
            var vcpus = context.instanceTypes().find(typeName).map(type -> type.vcpus());
            if (vcpus.isEmpty() || vcpus.get() == null) {
                continue;
            }
            int cap = vcpus.get() <= SMALL_VCPUS ? SMALL_CAP : LARGE_CAP;
            if (group.maxPods() <= cap) {
                continue;
            }
            String type = typeName + " (" + (defaulted ? "eksctl's default, " : "") + vcpus.get() + " vCPUs)";
            findings.add(
                    FindingCode.NODEGROUP_MAX_PODS,
                    JsonPath.of("nodeGroups", i, "maxPods"),
                    "managed node group " + group.name() + " sets maxPods " + group.maxPods() + ", but EKS caps"
                            + " managed nodes of " + type + " at " + cap
                            + " pods: " + SMALL_CAP + " up to " + SMALL_VCPUS + " vCPUs, " + LARGE_CAP + " above",
                    cap == SMALL_CAP
                            ? "set maxPods to at most " + SMALL_CAP + ", or choose an instance type with more than "
                                    + SMALL_VCPUS + " vCPUs (cap " + LARGE_CAP + ")"
                            : "set maxPods to at most " + LARGE_CAP);
        }
    }
}
