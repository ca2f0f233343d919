package io.eksplanner.validation.rules;

import io.eksplanner.routing.NodePortRange;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/**
 * Reports the first Service the apiserver refuses because the NodePort range is full, a NodePort Service as much as a
 * LoadBalancer one: a cluster of NodePort Services only has no load balancer whose plan could carry it.
 */
final class NodePortRangeRule implements ValidationRule {

    // src/docs/reference/aws-load-balancers.md §10.1; src/docs/domain-rules.md §2.

    static final String HINT =
            "give the LoadBalancer Services spec.allocateLoadBalancerNodePorts: false with ip targets,"
                    + " use fewer NodePort Services, or widen the apiserver's --service-node-port-range (not possible on EKS)";

    @Override
    public void check(ValidationContext context, Findings findings) {
        var problem = NodePortRange.exhaustion(context.topology().services());
        if (problem != null) {
            findings.add(FindingCode.NODEPORT_RANGE_EXHAUSTED, problem.path(), problem.message(), HINT);
        }
    }
}
