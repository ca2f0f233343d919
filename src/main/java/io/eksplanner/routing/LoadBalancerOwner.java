package io.eksplanner.routing;

/**
 * The controller that builds a load balancer (src/docs/reference/aws-load-balancers.md §1): the cloud provider's legacy
 * service controller or the AWS Load Balancer Controller. Public because {@link LoadBalancerPlan} carries it.
 */
public enum LoadBalancerOwner {
    LEGACY,
    AWS_LOAD_BALANCER_CONTROLLER;

    /** The AWS Load Balancer Controller's loadBalancerClass (its --load-balancer-class default). */
    public static final String CONTROLLER_CLASS = "service.k8s.aws/nlb";

    /** How the API spells the owner: {@code LEGACY} or {@code AWS_LOAD_BALANCER_CONTROLLER}. */
    public String wireName() {
        return name();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
