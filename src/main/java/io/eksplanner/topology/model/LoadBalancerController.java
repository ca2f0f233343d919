package io.eksplanner.topology.model;

/**
 * Which controller turns Services and Ingresses into AWS load balancers in a cluster. Public: {@code routing}, {@code
 * topology} and {@code topology.spec} use it.
 */
public enum LoadBalancerController {
    LEGACY,
    AWS_LOAD_BALANCER_CONTROLLER
}
