package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.HashSet;

/** Warns about a control-plane subnet too small to leave the 16 addresses EKS recommends. */
final class SubnetSizeRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §1.3–1.5, §2.11, §10.1, R03: "at least six IP addresses … we recommend at least
    // 16". This is the
    // static half (usable addresses); the ERROR half (fewer than 6 free after the IP plan) needs the IP plan.

    private static final long RECOMMENDED_ADDRESSES = 16;

    @Override
    public void check(ValidationContext context, Findings findings) {
        var seen = new HashSet<String>();
        for (Subnet subnet : context.controlPlaneSubnets()) {
            if (subnet.cidr() == null || !seen.add(subnet.name())) {
                continue;
            }
            long usable = subnet.cidr().awsUsableAddresses();
            if (usable < RECOMMENDED_ADDRESSES) {
                context.subnetIndex(subnet.name())
                        .ifPresent(index -> findings.add(
                                FindingCode.SUBNET_FREE_IPS,
                                JsonPath.of("subnets", index, "cidr"),
                                "control-plane subnet " + subnet.name() + " " + subnet.cidr() + " has " + usable
                                        + " usable addresses (" + subnet.cidr().size()
                                        + " minus the 5 AWS reserves); EKS needs at least 6 and recommends at least"
                                        + " 16 for its 2–4 network interfaces and upgrades",
                                "make subnet " + subnet.name() + " a /27 or larger (27 usable addresses)"));
            }
        }
    }
}
