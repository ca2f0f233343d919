package io.eksplanner.validation.rules;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.Scheme;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/**
 * Warns when load balancers are wanted but no subnet carries a load-balancer role tag for them to be placed in, or
 * when a load balancer's scheme has no subnet of the right kind tagged for it.
 */
final class ElbSubnetTagsRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §6, R14; src/docs/reference/aws-load-balancers.md §7; src/docs/domain-rules.md §2
    // (the simple form, refined per scheme by routing).

    static final String ELB_TAG = "kubernetes.io/role/elb";
    static final String INTERNAL_ELB_TAG = "kubernetes.io/role/internal-elb";

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        long loadBalancers = topology.services().stream()
                .filter(service -> service.type() == ServiceType.LoadBalancer)
                .count();
        int ingresses = topology.ingresses().size();
        if (loadBalancers == 0 && ingresses == 0) {
            return;
        }
        boolean tagged = topology.subnets().stream()
                .anyMatch(subnet ->
                        subnet.tags().containsKey(ELB_TAG) || subnet.tags().containsKey(INTERNAL_ELB_TAG));
        if (!tagged) {
            findings.add(
                    FindingCode.ELB_SUBNET_TAGS,
                    "subnets",
                    "the topology has " + loadBalancers + " LoadBalancer Service(s) and " + ingresses
                            + " Ingress(es) but no subnet is tagged " + ELB_TAG + " or " + INTERNAL_ELB_TAG
                            + ": subnet discovery then falls back to route tables (legacy controller, AWS Load"
                            + " Balancer Controller 2.12.1 and later) or finds no subnet at all (older AWS Load"
                            + " Balancer Controller)",
                    "tag public subnets " + ELB_TAG + "=1 and private subnets " + INTERNAL_ELB_TAG + "=1");
            return;
        }
        // Per scheme: an internet-facing load balancer belongs in a tagged PUBLIC subnet, an internal one in a
        // tagged PRIVATE subnet (src/docs/domain-rules.md §2; src/docs/reference/aws-load-balancers.md §7).
        for (LoadBalancerPlan plan : context.loadBalancers()) {
            if (plan.scheme() == null) {
                continue;
            }
            boolean internal = plan.scheme() == Scheme.INTERNAL;
            var tag = internal ? INTERNAL_ELB_TAG : ELB_TAG;
            var kind = internal ? SubnetType.PRIVATE : SubnetType.PUBLIC;
            boolean fits = topology.subnets().stream()
                    .anyMatch(subnet -> subnet.type() == kind && subnet.tags().containsKey(tag));
            if (!fits) {
                findings.add(
                        FindingCode.ELB_SUBNET_TAGS,
                        "subnets",
                        "the " + plan.scheme() + " " + plan.type() + " " + plan.id() + " ("
                                + String.join(", ", plan.source())
                                + ") has no " + kind + " subnet tagged " + tag + ": it lands in "
                                + plan.subnets().stream()
                                        .map(LoadBalancerPlan.LbSubnet::name)
                                        .toList()
                                + " by route-table fallback or preference, which the tags are meant to decide",
                        "tag the " + kind + " subnets meant for " + plan.scheme() + " load balancers " + tag + "=1");
            }
        }
    }
}
