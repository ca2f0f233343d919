package io.eksplanner.validation.rules;

import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.Scheme;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
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
    private static final String ROLE_VALUE = "1";

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
            boolean controller = plan.owner() == LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
            boolean fits = topology.subnets().stream()
                    .anyMatch(subnet -> subnet.type() == kind && carriesRole(subnet, tag, controller));
            if (!fits) {
                findings.add(
                        FindingCode.ELB_SUBNET_TAGS,
                        "subnets",
                        "the " + plan.scheme() + " " + plan.type() + " " + plan.id() + " ("
                                + String.join(", ", plan.source())
                                + ") has no " + kind + " subnet tagged " + tag
                                + ignoredValues(topology, tag, controller)
                                + ": it lands in "
                                + plan.subnets().stream()
                                        .map(LoadBalancerPlan.LbSubnet::name)
                                        .toList()
                                + " by route-table fallback or preference, which the tags are meant to decide",
                        "tag the " + kind + " subnets meant for " + plan.scheme() + " load balancers " + tag + "=1");
            }
        }
    }

    /**
     * Whether {@code subnet} carries the role tag as the load balancer's controller reads it. The AWS Load Balancer
     * Controller asks EC2 for the tag with the value "" or "1" only (kubernetes-sigs/aws-load-balancer-controller
     * pkg/networking/subnet_resolver.go:ResolveViaDiscovery@5982613953df58f3227301b7121abde6abaa2c20, {@code
     * tagFilters}); the legacy cloud provider only looks for the key (kubernetes/cloud-provider-aws
     * pkg/providers/v1/aws.go:findELBSubnets@63ec440c3275321b55afa45480e2fdfd2b0e93c4).
     */
    private static boolean carriesRole(Subnet subnet, String tag, boolean controller) {
        var value = subnet.tags().get(tag);
        return value != null && (!controller || value.isEmpty() || value.equals(ROLE_VALUE));
    }

    /** The subnets whose role tag the controller ignores for its value, named for the message, or "". */
    private static String ignoredValues(ClusterTopology topology, String tag, boolean controller) {
        if (!controller) {
            return "";
        }
        var ignored = topology.subnets().stream()
                .filter(subnet -> subnet.tags().containsKey(tag) && !carriesRole(subnet, tag, true))
                .map(subnet -> subnet.name() + " (" + tag + "=" + subnet.tags().get(tag) + ")")
                .toList();
        return ignored.isEmpty()
                ? ""
                : " with the value \"\" or \"1\", the only ones the AWS Load Balancer Controller matches ("
                        + String.join(", ", ignored) + " is ignored)";
    }
}
