package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.MAX_PODS_EXCEEDS_IPS;

import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/**
 * Warns where a node group's kubelet max pods is more than its nodes' ENIs can address: the kubelet schedules the
 * extra pods and the CNI leaves them in ContainerCreating.
 */
final class MaxPodsExceedsIpsRule implements ValidationRule {

    // Follows src/docs/domain-rules.md §3 ("the kubelet's max pods can exceed the addresses the CNI can give") and
    // src/docs/reference/vpc-cni.md §3.3 and Corrections 6: nodeadm's CalcMaxPods (amazon-eks-ami
    // nodeadm/internal/kubelet/eni_max_pods.go, commit 81fec2e8) reads no CNI setting. The "+2" host-network pods
    // (aws-node, kube-proxy) take a slot but no address.

    @Override
    public void check(ValidationContext context, Findings findings) {
        var plans = context.plans().desired().nodeGroups();
        var groups = context.topology().nodeGroups();
        for (int i = 0; i < groups.size() && i < plans.size(); i++) {
            var plan = plans.get(i);
            if (plan.maxPods() == null || plan.podAddressCapacity() == null) {
                continue;
            }
            int needing = plan.maxPods() - 2;
            if (needing <= plan.podAddressCapacity()) {
                continue;
            }
            var group = groups.get(i);
            findings.add(
                    MAX_PODS_EXCEEDS_IPS,
                    JsonPath.of("nodeGroups", i, group.maxPods() != null ? "maxPods" : "instanceType"),
                    "node group " + group.name() + ": the kubelet's max pods is " + plan.maxPods() + " ("
                            + needing + " pods needing an address) but a " + plan.instanceType()
                            + " node's ENIs hold only " + plan.podAddressCapacity() + " pod addresses under these CNI"
                            + " settings: up to " + (needing - plan.podAddressCapacity())
                            + " pods a node stay ContainerCreating",
                    "set maxPods on the node group to " + (plan.podAddressCapacity() + 2)
                            + ", or turn on prefix delegation with a matching maxPods");
        }
    }
}
