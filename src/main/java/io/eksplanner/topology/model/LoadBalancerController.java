package io.eksplanner.topology.model;

/** Which controller turns Services and Ingresses into AWS load balancers in a cluster. */
public enum LoadBalancerController {
    LEGACY,
    AWS_LOAD_BALANCER_CONTROLLER
}
