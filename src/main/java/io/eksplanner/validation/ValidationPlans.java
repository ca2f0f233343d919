package io.eksplanner.validation;

import io.eksplanner.ipam.IpPlans;
import io.eksplanner.routing.LoadBalancerPlan;
import java.util.List;

/**
 * The plans the rules read, made by the caller once per topology: validation checks the plans, it does not make
 * them. Public: {@code planning} uses it.
 */
public interface ValidationPlans {

    /** The IP plans at desired and at maximum size. */
    IpPlans ipPlans();

    /** The load balancers at desired size. */
    List<LoadBalancerPlan> loadBalancers();
}
