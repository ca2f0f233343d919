/**
 * The routing engine (src/docs/domain-rules.md §4, src/docs/reference/aws-load-balancers.md): {@link
 * io.eksplanner.routing.planner.LoadBalancerPlanner} works out which controller builds which AWS load balancer for
 * every Service of type LoadBalancer, every Ingress and every Gateway, and how requests reach the pods, as {@link
 * io.eksplanner.routing.LoadBalancerPlan}s with their enums (owner, type, scheme, target type, source IP at the pod,
 * problem code). What both kinds of load balancer share lives here too: the look-ups of one run ({@link
 * io.eksplanner.routing.RoutingContext}: Services, the workloads' pods, nodes, subnet discovery, NodePorts), annotation
 * parsing, health-check defaults and the traffic model. The {@code service}, {@code alb} and {@code gateway} packages
 * plan Services, Ingresses and Gateways; {@code web} serves the plans. Plain Java.
 */
package io.eksplanner.routing;
