package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the AWS Load Balancer Controller turns Ingresses into ALBs (src/docs/domain-rules.md §4,
 * src/docs/reference/aws-load-balancers.md §3.2, §4, §5.2, §7.1, §8): which Ingresses it takes, how they form
 * IngressGroups, and per group one ALB (see {@link GroupLoadBalancer}). Public because {@link
 * io.eksplanner.routing.planner.LoadBalancerPlanner} runs it.
 */
public final class IngressPlanner {

    private final RoutingContext context;

    public IngressPlanner(RoutingContext context) {
        this.context = context;
    }

    /** One plan per IngressGroup that the controller serves, and one per Ingress it does not, in topology order. */
    public List<LoadBalancerPlan> plan() {
        var ingresses = context.topology().ingresses();
        if (!context.runsLoadBalancerController()) {
            return ingresses.stream().map(IngressPlanner::withoutController).toList();
        }
        var classes = new IngressClassResolver(context.topology().ingressClasses());
        var builder = new GroupLoadBalancer(context);
        // Two default IngressClasses and a class-less Ingress: every group's load fails (IngressClassResolver).
        var loadFailure = classes.loadFailure(ingresses);
        // Each plan takes its Ingress's place, a group's the place of its first member; groups are built once whole.
        var plans = new ArrayList<Supplier<LoadBalancerPlan>>();
        var groups = new LinkedHashMap<String, List<GroupedIngress>>();
        for (int index = 0; index < ingresses.size(); index++) {
            context.deadline().check();
            var resolved = classes.resolve(index, ingresses.get(index));
            if (resolved.refusal() == null) {
                var rejected = AdmissionWebhook.rejection(index, ingresses.get(index));
                resolved = rejected == null ? resolved : IngressClassResolution.refused(rejected);
            }
            var membership =
                    resolved.refusal() == null ? IngressGroups.join(index, ingresses.get(index), resolved) : null;
            var refusal = membership == null ? resolved.refusal() : membership.refusal();
            if (refusal != null) {
                plans.add(() -> refusal);
                continue;
            }
            var groupId = membership.member().groupId();
            if (!groups.containsKey(groupId)) {
                plans.add(() -> loadFailure != null
                        ? builder.failed(groupId, groups.get(groupId), List.of(loadFailure))
                        : builder.build(groupId, groups.get(groupId)));
            }
            groups.computeIfAbsent(groupId, key -> new ArrayList<>()).add(membership.member());
        }
        return plans.stream()
                .map(plan -> {
                    context.deadline().check();
                    return plan.get();
                })
                .toList();
    }

    private static LoadBalancerPlan withoutController(Ingress ingress) {
        return LoadBalancerPlan.none(
                IngressNames.implicitId(ingress),
                List.of(IngressNames.source(ingress)),
                null,
                "the cluster runs only the legacy cloud provider controller, which builds no ALBs:"
                        + " Ingresses need the AWS Load Balancer Controller");
    }
}
