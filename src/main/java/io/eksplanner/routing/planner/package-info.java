/**
 * The routing engine's entry point: {@link io.eksplanner.routing.planner.LoadBalancerPlanner} builds the shared
 * look-ups once and has the Service and Ingress builders plan every load balancer. It sits apart from
 * {@code routing}, which the builders share, so that no package depends on a package that depends on it.
 */
package io.eksplanner.routing.planner;
