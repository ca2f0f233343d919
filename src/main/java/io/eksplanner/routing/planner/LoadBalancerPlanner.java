package io.eksplanner.routing.planner;

import io.eksplanner.common.Deadline;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.alb.IngressPlanner;
import io.eksplanner.routing.gateway.GatewayPlanner;
import io.eksplanner.routing.service.ServiceLoadBalancers;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out, for every Service of type LoadBalancer and every Ingress (by IngressGroup, see {@link IngressPlanner}),
 * and every Gateway (see {@link GatewayPlanner}), which controller builds which load balancer and how a client's requests reach the pods (src/docs/domain-rules.md §4,
 * src/docs/reference/aws-load-balancers.md §1–§9): owner, type, scheme, target type, one subnet per AZ, listeners,
 * target groups with targets and health checks, per-pod traffic shares, cross-AZ hops and aggregated packet paths.
 * Plain Java over the topology and its IP plan; deterministic. Public as the routing engine's entry point, which the
 * planning, validation and web packages call.
 */
public final class LoadBalancerPlanner {

    /**
     * Plans every Service of type LoadBalancer, then every IngressGroup and every Ingress no ALB serves, then every
     * Gateway the AWS Load Balancer Controller serves.
     */
    public List<LoadBalancerPlan> plan(ClusterTopology topology, IpPlan ipPlan) {
        return plan(topology, ipPlan, Deadline.NONE);
    }

    /** The same, stopping with {@link io.eksplanner.common.PlanningDeadlineExceeded} once {@code deadline} passes. */
    public List<LoadBalancerPlan> plan(ClusterTopology topology, IpPlan ipPlan, Deadline deadline) {
        var context = RoutingContext.of(topology, ipPlan, deadline);
        var plans = new ArrayList<LoadBalancerPlan>(new ServiceLoadBalancers(context).plan());
        plans.addAll(new IngressPlanner(context).plan());
        plans.addAll(new GatewayPlanner().plan(context));
        return plans;
    }
}
