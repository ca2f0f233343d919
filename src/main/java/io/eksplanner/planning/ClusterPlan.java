package io.eksplanner.planning;

import io.eksplanner.common.Deadline;
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
 * it. One instance serves one request; it is not shared between threads. Public: {@code planning.web} uses it.
 */
public final class ClusterPlan implements ValidationPlans {

    private final ClusterTopology topology;
    private final ClusterPlanner planner;
    private final Deadline deadline;
    private IpPlan desired;
    private List<LoadBalancerPlan> loadBalancers;
    private Map<String, Integer> loadBalancerEnis;
    private IpPlans ipPlans;
    private ValidationReport validation;

    ClusterPlan(ClusterTopology topology, ClusterPlanner planner, Deadline deadline) {
        this.topology = topology;
        this.planner = planner;
        this.deadline = deadline;
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
            var max = planner.ipPlanner().planAtMaximum(topology, desired, loadBalancerEnis, deadline);
            ipPlans = new IpPlans(desired, max);
        }
        return ipPlans;
    }

    /** The validation report, which reads the plans above rather than making its own. */
    public ValidationReport validation() {
        if (validation == null) {
            validation = planner.validationEngine()
                    .validate(new ValidationContext(topology, planner.instanceTypes(), this, deadline));
        }
        return validation;
    }

    /**
     * One pass: the nodes are planned once; the load balancers choose their subnets by the addresses the nodes and
     * the control plane leave free; their ENIs are then reserved on that same plan, without planning the nodes again.
     */
    private void placeLoadBalancers() {
        if (loadBalancers != null) {
            return;
        }
        var nodes = planner.ipPlanner().plan(topology, Scenario.DESIRED, deadline);
        loadBalancers = planner.loadBalancerPlanner().plan(topology, nodes, deadline);
        loadBalancerEnis = LoadBalancerEnis.bySubnet(loadBalancers);
        desired = nodes.withLoadBalancerEnis(loadBalancerEnis);
    }
}
