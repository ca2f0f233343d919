/**
 * Services of type LoadBalancer (src/docs/domain-rules.md §4, src/docs/reference/aws-load-balancers.md §1–§7): which
 * controller owns each Service under the cluster's load-balancing profile ({@link
 * io.eksplanner.routing.service.ServiceLoadBalancers}), the AWS Load Balancer Controller's NLB and the legacy
 * controller's CLB or NLB with their schemes, subnets and attributes, and the listeners and target groups, one per
 * Service port, that both build. Plain Java over {@link io.eksplanner.routing.RoutingContext}.
 */
package io.eksplanner.routing.service;
