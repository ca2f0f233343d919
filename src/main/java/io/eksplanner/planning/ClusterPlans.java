package io.eksplanner.planning;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.IpPlans;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlanner;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topology's IP plans and load balancers, each seeing the other: the load balancers pick their subnets by the
 * free addresses the nodes leave, and their ENIs then take an address in each of those subnets (domain-rules §3:
 * other tenants of a subnet count too). Plain Java.
 */
public record ClusterPlans(IpPlans ipPlans, List<LoadBalancerPlan> loadBalancers) {

    /**
     * One ENI per load balancer in each of its subnets: an NLB has exactly one there; a CLB or ALB at least one,
     * scaling with traffic the plan cannot know (aws-load-balancers.md §7: the controller wants 8 free addresses).
     */
    static final int ENIS_PER_SUBNET = 1;

    /** Plans {@code topology}: nodes first, then load balancers, then the nodes again around their ENIs. */
    public static ClusterPlans of(
            IpPlanner ipPlanner, LoadBalancerPlanner loadBalancerPlanner, ClusterTopology topology) {
        var withoutLoadBalancers = ipPlanner.plan(topology, Scenario.DESIRED);
        var enis = enisBySubnet(loadBalancerPlanner.plan(topology, withoutLoadBalancers));
        if (enis.isEmpty()) {
            var plans = new IpPlans(withoutLoadBalancers, ipPlanner.plan(topology, Scenario.MAX));
            return new ClusterPlans(plans, loadBalancerPlanner.plan(topology, plans.desired()));
        }
        var plans = new IpPlans(
                ipPlanner.plan(topology, Scenario.DESIRED, enis), ipPlanner.plan(topology, Scenario.MAX, enis));
        return new ClusterPlans(plans, loadBalancerPlanner.plan(topology, plans.desired()));
    }

    private static Map<String, Integer> enisBySubnet(List<LoadBalancerPlan> loadBalancers) {
        var enis = new TreeMap<String, Integer>();
        for (LoadBalancerPlan plan : loadBalancers) {
            if (plan.type() != null) {
                plan.subnets().forEach(subnet -> enis.merge(subnet.name(), ENIS_PER_SUBNET, Integer::sum));
            }
        }
        return enis;
    }
}
