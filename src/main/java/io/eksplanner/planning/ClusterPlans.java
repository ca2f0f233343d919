package io.eksplanner.planning;

import io.eksplanner.ipam.IpPlan;
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
 * other tenants of a subnet count too). The plan at maximum size is made only when asked for. Plain Java.
 */
public final class ClusterPlans {

    /**
     * One ENI per load balancer in each of its subnets: an NLB has exactly one there; a CLB or ALB at least one,
     * scaling with traffic the plan cannot know (aws-load-balancers.md §7: the controller wants 8 free addresses).
     */
    static final int ENIS_PER_SUBNET = 1;

    private final IpPlanner ipPlanner;
    private final ClusterTopology topology;
    private final Map<String, Integer> loadBalancerEnis;
    private final IpPlan desired;
    private final List<LoadBalancerPlan> loadBalancers;
    private IpPlans ipPlans;

    private ClusterPlans(
            IpPlanner ipPlanner,
            ClusterTopology topology,
            Map<String, Integer> loadBalancerEnis,
            IpPlan desired,
            List<LoadBalancerPlan> loadBalancers) {
        this.ipPlanner = ipPlanner;
        this.topology = topology;
        this.loadBalancerEnis = loadBalancerEnis;
        this.desired = desired;
        this.loadBalancers = List.copyOf(loadBalancers);
    }

    /** Plans {@code topology}: nodes first, then load balancers, then the nodes again around their ENIs. */
    public static ClusterPlans of(
            IpPlanner ipPlanner, LoadBalancerPlanner loadBalancerPlanner, ClusterTopology topology) {
        var withoutLoadBalancers = ipPlanner.plan(topology, Scenario.DESIRED);
        var enis = enisBySubnet(loadBalancerPlanner.plan(topology, withoutLoadBalancers));
        var desired = enis.isEmpty() ? withoutLoadBalancers : ipPlanner.plan(topology, Scenario.DESIRED, enis);
        return new ClusterPlans(ipPlanner, topology, enis, desired, loadBalancerPlanner.plan(topology, desired));
    }

    /** The plans at desired and at maximum size; the latter is made on the first call. */
    public IpPlans ipPlans() {
        if (ipPlans == null) {
            ipPlans = new IpPlans(desired, ipPlanner.plan(topology, Scenario.MAX, loadBalancerEnis));
        }
        return ipPlans;
    }

    /** The load balancers, placed against the plan at desired size. */
    public List<LoadBalancerPlan> loadBalancers() {
        return loadBalancers;
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
