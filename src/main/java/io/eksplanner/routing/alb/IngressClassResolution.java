package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology.IngressClassParameters;

/**
 * Whether the controller takes an Ingress: with the IngressClassParams of its class (null when none apply) and the
 * class's index in {@code ingressClasses} (null for the annotation or the Helm chart's class), or the plan that says
 * why it does not.
 */
record IngressClassResolution(IngressClassParameters parameters, Integer classIndex, LoadBalancerPlan refusal) {

    static IngressClassResolution taken(IngressClassParameters parameters, Integer classIndex) {
        return new IngressClassResolution(parameters, classIndex, null);
    }

    static IngressClassResolution refused(LoadBalancerPlan refusal) {
        return new IngressClassResolution(null, null, refusal);
    }
}
