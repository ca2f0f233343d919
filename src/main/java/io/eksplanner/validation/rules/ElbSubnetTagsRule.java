package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Warns when load balancers are wanted but no subnet carries a load-balancer role tag for them to be placed in. */
public final class ElbSubnetTagsRule implements ValidationRule {

    // eks-vpc.md §6, R14; aws-load-balancers.md §7; domain-rules §2 (the simple form; routing refines it per scheme).

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
        }
    }
}
