package io.eksplanner.routing;

/**
 * The kind of AWS load balancer a controller builds (src/docs/domain-rules.md §4): a Classic, Network or Application
 * Load Balancer. Public because {@link LoadBalancerPlan}, which the planning, validation and web packages read, carries
 * it.
 */
public enum LoadBalancerType {
    CLB,
    NLB,
    ALB;

    /** How the API spells the type: {@code CLB}, {@code NLB} or {@code ALB}. */
    public String wireName() {
        return name();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
