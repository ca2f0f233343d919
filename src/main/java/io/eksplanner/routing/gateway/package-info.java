/**
 * Gateway API load balancers as the AWS Load Balancer Controller builds them (aws-load-balancer-controller v3.5.0,
 * {@code pkg/gateway}; src/docs/domain-rules.md §4, "Gateway API load balancers"): which Gateways get an ALB or an NLB,
 * their configuration, listeners, route attachment and route status, rules in the controller's order, target groups
 * from backendRefs and TargetGroupConfigurations, with the targets, paths and traffic shares of the other load
 * balancers. Plain Java over the topology snapshot.
 */
package io.eksplanner.routing.gateway;
