package io.eksplanner.planning;

import io.eksplanner.routing.LoadBalancerPlan;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The addresses load balancers' ENIs take in the subnets they are placed in. */
final class LoadBalancerEnis {

    /**
     * One ENI per load balancer in each of its subnets: an NLB has exactly one there; a CLB or ALB at least one,
     * scaling with traffic the plan cannot know (src/docs/reference/aws-load-balancers.md §7: the controller wants 8
     * free addresses).
     */
    static final int ENIS_PER_SUBNET = 1;

    private LoadBalancerEnis() {}

    /** ENIs by subnet name, of the load balancers that were built. */
    static Map<String, Integer> bySubnet(List<LoadBalancerPlan> loadBalancers) {
        var enis = new TreeMap<String, Integer>();
        for (LoadBalancerPlan plan : loadBalancers) {
            if (plan.type() != null) {
                plan.subnets().forEach(subnet -> enis.merge(subnet.name(), ENIS_PER_SUBNET, Integer::sum));
            }
        }
        return enis;
    }
}
