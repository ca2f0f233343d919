package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.INSTANCE_VCPUS_UNKNOWN;

import io.eksplanner.catalog.MaxPods;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Notes managed node groups whose max pods EKS would cap, but whose type's vCPUs the catalogue does not know. */
final class NodeGroupVcpuRule implements ValidationRule {

    // Follows src/docs/domain-rules.md §3: "no cap, and an INFO finding, where vCPUs are unknown"
    // (src/docs/reference/vpc-cni.md §3.4).

    @Override
    public void check(ValidationContext context, Findings findings) {
        var groups = context.topology().nodeGroups();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            if (!group.isManaged() || group.maxPods() != null || group.instanceType() == null) {
                continue;
            }
            var path = JsonPath.of("nodeGroups", i, "instanceType");
            context.instanceTypes()
                    .find(group.instanceType())
                    .filter(type -> MaxPods.managedCap(type) == null)
                    .ifPresent(type -> findings.add(
                            INSTANCE_VCPUS_UNKNOWN,
                            path,
                            "managed node group " + group.name() + ": the vCPUs of " + type.name() + " are unknown,"
                                    + " so the plan uses the uncapped max pods " + MaxPods.published(type)
                                    + " where EKS would inject 110 or 250",
                            "set maxPods on the node group to the value your nodes will run with"));
        }
    }
}
