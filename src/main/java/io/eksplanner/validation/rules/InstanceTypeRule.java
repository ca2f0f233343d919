package io.eksplanner.validation.rules;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Checks that every node group's instance type is one the ENI limits catalogue knows. */
final class InstanceTypeRule implements ValidationRule {

    // Follows src/docs/domain-rules.md §2 (INSTANCE_TYPE_UNKNOWN) and §3: without the type's ENI limits no IP plan is
    // possible.
    // A missing type is no finding: eksctl then uses m5.large (src/docs/reference/eks-vpc.md §8.1, DefaultNodeType).

    private static final int SUGGESTIONS = 3;

    @Override
    public void check(ValidationContext context, Findings findings) {
        var catalog = context.instanceTypes();
        var nodeGroups = context.topology().nodeGroups();
        for (int i = 0; i < nodeGroups.size(); i++) {
            var group = nodeGroups.get(i);
            String type = group.instanceType();
            if (type == null || catalog.find(type).isPresent()) {
                continue;
            }
            var closest = catalog.closestNames(type, SUGGESTIONS);
            findings.add(
                    FindingCode.INSTANCE_TYPE_UNKNOWN,
                    JsonPath.of("nodeGroups", i, "instanceType"),
                    "node group " + group.name() + " uses instance type " + type + ", which is not among the "
                            + catalog.size() + " types of the ENI limits catalogue",
                    closest.isEmpty()
                            ? "name an instance type the catalogue lists"
                            : "did you mean " + String.join(", ", closest) + "?");
        }
    }
}
