package io.eksplanner.validation.rules;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Says that an IPv6 cluster's plans are not modelled: the planner counts IPv4 addresses only. */
final class Ipv6Rule implements ValidationRule {

    // src/docs/domain-rules.md §2 (IPV6_NOT_MODELLED), §3; src/docs/reference/eks-vpc.md §1.13–1.15, R16. An IPv6
    // cluster's pods take addresses from a /80 prefix per node (amazon-vpc-cni-k8s ENABLE_IPv6), so neither the ENI
    // arithmetic nor the subnets' IPv4 exhaustion describes it.

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.topology().isIpv6()) {
            findings.add(
                    FindingCode.IPV6_NOT_MODELLED,
                    "ipFamily",
                    "the cluster is IPv6: pods and Services get IPv6 addresses (a /80 prefix per node), which the"
                            + " planner does not model; its IP plan, max pods and subnet findings count IPv4 only and"
                            + " do not describe this cluster's pods",
                    "plan the pods' IPv6 addresses outside the planner; the VPC, subnet and node group findings still"
                            + " hold");
        }
    }
}
