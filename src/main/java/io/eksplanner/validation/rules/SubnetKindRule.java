package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Checks that a subnet's type agrees with its default route: PUBLIC means an internet-gateway route. */
final class SubnetKindRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §1.9 ("Public = route table has a route to an internet gateway; private = no IGW
    // route");
    // src/docs/domain-rules.md §1–2 (SUBNET_TYPE_EGRESS).

    @Override
    public void check(ValidationContext context, Findings findings) {
        var subnets = context.topology().subnets();
        for (int index = 0; index < subnets.size(); index++) {
            var subnet = subnets.get(index);
            var path = JsonPath.of("subnets", index, "egress");
            if (subnet.type() == SubnetType.PRIVATE && subnet.egress() == Egress.INTERNET_GATEWAY) {
                findings.add(
                        FindingCode.SUBNET_TYPE_EGRESS,
                        path,
                        "subnet " + subnet.name() + " is PRIVATE but its egress is INTERNET_GATEWAY; a subnet whose"
                                + " route table has an internet-gateway route is public",
                        "set type PUBLIC, or set egress NAT_GATEWAY (or NONE) for a private subnet");
            } else if (subnet.type() == SubnetType.PUBLIC
                    && subnet.egress() != null
                    && subnet.egress() != Egress.INTERNET_GATEWAY) {
                findings.add(
                        FindingCode.SUBNET_TYPE_EGRESS,
                        path,
                        "subnet " + subnet.name() + " is PUBLIC but its egress is " + subnet.egress()
                                + "; a public subnet is one whose route table has an internet-gateway route",
                        "set egress INTERNET_GATEWAY, or set type PRIVATE");
            }
        }
    }
}
