/**
 * Ingresses and the ALBs the AWS Load Balancer Controller builds for them (src/docs/domain-rules.md §4,
 * src/docs/reference/aws-load-balancers.md §3.2, §4, §5.2, §7.1, §8): which Ingresses it takes by their class, how they
 * join IngressGroups, the settings a group must agree on, the listen ports, listeners and ordered rules, and one target
 * group per backend (Service, port). What the controller would refuse is recorded as problems on the plans for
 * validation to report. Plain Java over {@link io.eksplanner.routing.RoutingContext}; {@link
 * io.eksplanner.routing.alb.IngressPlanner} is the entry.
 */
package io.eksplanner.routing.alb;
