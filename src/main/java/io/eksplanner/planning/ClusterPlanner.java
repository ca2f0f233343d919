package io.eksplanner.planning;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.SizeLimits;
import io.eksplanner.validation.ValidationEngine;
import io.eksplanner.validation.rules.StandardRules;

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

    public ClusterPlanner(
            InstanceTypeCatalog instanceTypes,
            IpPlanner ipPlanner,
            LoadBalancerPlanner loadBalancerPlanner,
            ValidationEngine validationEngine) {
        this(instanceTypes, ipPlanner, loadBalancerPlanner, validationEngine, SizeLimits.DEFAULTS);
    }

    private ClusterPlanner(
            InstanceTypeCatalog instanceTypes,
            IpPlanner ipPlanner,
            LoadBalancerPlanner loadBalancerPlanner,
            ValidationEngine validationEngine,
            SizeLimits limits) {
        this.instanceTypes = instanceTypes;
        this.ipPlanner = ipPlanner;
        this.loadBalancerPlanner = loadBalancerPlanner;
        this.validationEngine = validationEngine;
        this.limits = limits;
    }

    /** The same planner, refusing topologies past {@code limits} instead of the defaults. */
    public ClusterPlanner within(SizeLimits limits) {
        return new ClusterPlanner(instanceTypes, ipPlanner, loadBalancerPlanner, validationEngine, limits);
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
     * io.eksplanner.common.LimitExceeded} for a topology past the size limits, before any work is done.
     */
    public ClusterPlan plan(ClusterTopology topology) {
        limits.check(topology);
        return new ClusterPlan(topology, this);
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
