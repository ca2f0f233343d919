package io.eksplanner.planning;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlans;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationPlans;
import io.eksplanner.validation.ValidationReport;
import java.util.List;
import java.util.Map;

/**
 * Everything the planner says about one topology, each part made once, on first use: the load balancers pick
 * their subnets by the addresses the nodes leave free, and their ENIs then take an address in each of those
 * subnets as other tenants (src/docs/domain-rules.md §3). The plan at maximum size is made only when a caller reads
 * it. One instance serves one request; it is not shared between threads.
 */
public final class ClusterPlan implements ValidationPlans {

    private final ClusterTopology topology;
    private final ClusterPlanner planner;
    private IpPlan desired;
    private List<LoadBalancerPlan> loadBalancers;
    private Map<String, Integer> loadBalancerEnis;
    private IpPlans ipPlans;
    private ValidationReport validation;

    ClusterPlan(ClusterTopology topology, ClusterPlanner planner) {
        this.topology = topology;
        this.planner = planner;
    }

    /** The topology planned. */
    public ClusterTopology topology() {
        return topology;
    }

    /** The IP plan at desired size, the load balancers' ENIs included. */
    public IpPlan desired() {
        placeLoadBalancers();
        return desired;
    }

    /** The load balancers, placed against the plan at desired size. */
    @Override
    public List<LoadBalancerPlan> loadBalancers() {
        placeLoadBalancers();
        return loadBalancers;
    }

    /** The IP plans at desired and at maximum size; the latter is made on the first call. */
    @Override
    public IpPlans ipPlans() {
        if (ipPlans == null) {
            placeLoadBalancers();
            ipPlans = new IpPlans(desired, planner.ipPlanner().plan(topology, Scenario.MAX, loadBalancerEnis));
        }
        return ipPlans;
    }

    /** The validation report, which reads the plans above rather than making its own. */
    public ValidationReport validation() {
        if (validation == null) {
            validation =
                    planner.validationEngine().validate(new ValidationContext(topology, planner.instanceTypes(), this));
        }
        return validation;
    }

    private void placeLoadBalancers() {
        if (loadBalancers != null) {
            return;
        }
        var ipPlanner = planner.ipPlanner();
        var withoutLoadBalancers = ipPlanner.plan(topology, Scenario.DESIRED);
        var enis = LoadBalancerEnis.bySubnet(planner.loadBalancerPlanner().plan(topology, withoutLoadBalancers));
        desired = enis.isEmpty() ? withoutLoadBalancers : ipPlanner.plan(topology, Scenario.DESIRED, enis);
        loadBalancerEnis = enis;
        loadBalancers = planner.loadBalancerPlanner().plan(topology, desired);
    }
}
