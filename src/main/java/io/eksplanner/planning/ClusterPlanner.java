package io.eksplanner.planning;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.common.Deadline;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.SizeLimits;
import io.eksplanner.validation.ValidationEngine;
import io.eksplanner.validation.rules.StandardRules;
import java.time.Duration;

/**
 * Turns one topology into one {@link ClusterPlan}: the IP plan at desired size (and at maximum size when a caller
 * asks), the load balancers, and the validation report, each made at most once. Plain Java and stateless, so one
 * planner serves every request, the web layer and the command line alike. Public: {@code config}, {@code importing.web}
 * and {@code planning.web} use it.
 */
public final class ClusterPlanner {

    private final InstanceTypeCatalog instanceTypes;
    private final IpPlanner ipPlanner;
    private final LoadBalancerPlanner loadBalancerPlanner;
    private final ValidationEngine validationEngine;
    private final SizeLimits limits;
    private final Duration deadline;

    public ClusterPlanner(
            InstanceTypeCatalog instanceTypes,
            IpPlanner ipPlanner,
            LoadBalancerPlanner loadBalancerPlanner,
            ValidationEngine validationEngine) {
        this(instanceTypes, ipPlanner, loadBalancerPlanner, validationEngine, SizeLimits.DEFAULTS, null);
    }

    private ClusterPlanner(
            InstanceTypeCatalog instanceTypes,
            IpPlanner ipPlanner,
            LoadBalancerPlanner loadBalancerPlanner,
            ValidationEngine validationEngine,
            SizeLimits limits,
            Duration deadline) {
        this.instanceTypes = instanceTypes;
        this.ipPlanner = ipPlanner;
        this.loadBalancerPlanner = loadBalancerPlanner;
        this.validationEngine = validationEngine;
        this.limits = limits;
        this.deadline = deadline;
    }

    /** The same planner, refusing topologies past {@code limits} instead of the defaults. */
    public ClusterPlanner within(SizeLimits limits) {
        return new ClusterPlanner(instanceTypes, ipPlanner, loadBalancerPlanner, validationEngine, limits, deadline);
    }

    /**
     * The same planner, stopping every plan {@code deadline} after {@link #plan} was called with {@link
     * io.eksplanner.common.PlanningDeadlineExceeded}; {@code null} for none (the command line's choice).
     */
    public ClusterPlanner withDeadline(Duration deadline) {
        return new ClusterPlanner(instanceTypes, ipPlanner, loadBalancerPlanner, validationEngine, limits, deadline);
    }

    /** A planner with the standard engines over {@code instanceTypes}. */
    public static ClusterPlanner standard(InstanceTypeCatalog instanceTypes) {
        return new ClusterPlanner(
                instanceTypes,
                new IpPlanner(instanceTypes),
                new LoadBalancerPlanner(),
                new ValidationEngine(StandardRules.all()));
    }

    /**
     * The plan of {@code topology}; its parts are made when first read. Throws {@link
     * io.eksplanner.common.LimitExceeded} for a topology past the size limits, before any work is done; its parts throw
     * {@link io.eksplanner.common.PlanningDeadlineExceeded} when making them runs past the deadline, counted from now.
     */
    public ClusterPlan plan(ClusterTopology topology) {
        limits.check(topology);
        return new ClusterPlan(topology, this, Deadline.after(deadline));
    }

    InstanceTypeCatalog instanceTypes() {
        return instanceTypes;
    }

    IpPlanner ipPlanner() {
        return ipPlanner;
    }

    LoadBalancerPlanner loadBalancerPlanner() {
        return loadBalancerPlanner;
    }

    ValidationEngine validationEngine() {
        return validationEngine;
    }
}
