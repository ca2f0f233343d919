package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a load balancer's requests divide over its target groups (src/docs/domain-rules.md §4): the planner does not
 * know how clients spread over listeners and rules, so each forward (a listener's default forward, a listener rule's
 * forward, an NLB or Service listener) takes an equal part; within one forward its target groups split that part by
 * weight, weight over the sum of the forward's weights, as ELB weighs a forward's target group tuples (the controller
 * passes the weights through unchanged: aws-load-balancer-controller v3.5.0 {@code
 * pkg/ingress/model_build_actions.go} {@code buildForwardAction}, {@code pkg/gateway/model/model_build_listener.go}
 * {@code buildListenerRules} and {@code buildL4TargetGroupTuples}). A forward of one target group gives it the whole
 * part, whatever its weight; a weight left out (a QUIC listener's) counts 1. A target group no forward names gets
 * nothing. Public because the service, alb and gateway packages weigh their target groups with it.
 */
public final class ForwardShares {

    private final List<List<WeightedTargetGroup>> forwards = new ArrayList<>();

    /** Adds one forward to {@code targets}, named as the target groups are; an empty one is no forward. */
    public ForwardShares add(List<WeightedTargetGroup> targets) {
        if (!targets.isEmpty()) {
            forwards.add(List.copyOf(targets));
        }
        return this;
    }

    /** Adds the forward of every rule whose action is one. */
    public ForwardShares addRules(List<Rule> rules) {
        for (Rule rule : rules) {
            var action = rule.actionDetail();
            if (action != null && "forward".equals(action.type()) && action.targetGroups() != null) {
                add(action.targetGroups());
            }
        }
        return this;
    }

    /** The load balancer's {@code groups}, each with the sum of its parts of every forward that names it. */
    public List<TargetGroup> weigh(List<TargetGroup> groups) {
        var shares = new HashMap<String, Double>();
        double part = 1.0 / Math.max(1, forwards.size());
        for (var forward : forwards) {
            split(forward, part, shares);
        }
        return groups.stream()
                .map(group -> group.withShare(shares.getOrDefault(group.name(), 0.0)))
                .toList();
    }

    private static void split(List<WeightedTargetGroup> forward, double part, Map<String, Double> shares) {
        if (forward.size() == 1) {
            shares.merge(forward.get(0).name(), part, Double::sum);
            return;
        }
        double sum = 0;
        for (var target : forward) {
            sum += weight(target);
        }
        if (sum <= 0) {
            // No target group takes any of it: those requests reach no pod.
            return;
        }
        for (var target : forward) {
            shares.merge(target.name(), part * weight(target) / sum, Double::sum);
        }
    }

    private static int weight(WeightedTargetGroup target) {
        return target.weight() == null ? 1 : Math.max(0, target.weight());
    }
}
