package io.eksplanner.planning.web;

import io.eksplanner.common.web.PropertyDescriptions;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each property of a load balancer's plan means (src/docs/domain-rules.md §4), for the routing engine's records
 * and the response records alike, kept apart from {@link LoadBalancerResponse} so that its mapping stays readable.
 */
@Configuration(proxyBeanMethods = false)
class LoadBalancerDescriptions {

    @Bean
    PropertyDescriptions loadBalancerPropertyDescriptions() {
        var bySchema = new HashMap<>(targetsAndTraffic());
        bySchema.putAll(Map.of(
                "LoadBalancer", loadBalancer(),
                "LoadBalancerList", Map.of("loadBalancers", LOAD_BALANCERS),
                "Plan", Map.of("loadBalancers", LOAD_BALANCERS),
                "LoadBalancerSubnet",
                        Map.of(
                                "name", "the subnet's name in the topology",
                                "availabilityZone", "the subnet's Availability Zone: one subnet per AZ"),
                "LoadBalancerListener",
                        Map.of(
                                "port", "the port the listener accepts on, 1–65535",
                                "protocol",
                                        "HTTP or HTTPS (ALB); TCP, UDP, TCP_UDP or TLS (NLB); TCP, SSL, HTTP or HTTPS (CLB)"),
                "LoadBalancerRule",
                        Map.of(
                                "listenerPort", "the port of the listener the rule belongs to",
                                "priority", "the rule's priority on its listener, from 1; lower is evaluated first"),
                "LoadBalancerTargetGroup",
                        Map.of(
                                "port",
                                        "the port the targets receive on: the NodePort for instance targets, the pod port for ip",
                                "healthCheck", "the health check with the owner's defaults filled in",
                                "traffic", "how this group's requests spread over the pods")));
        bySchema.putAll(forwardsAndRoutes());
        return PropertyDescriptions.of(bySchema);
    }

    private static Map<String, Map<String, String>> forwardsAndRoutes() {
        return Map.of(
                "LoadBalancerRedirect",
                        Map.of(
                                "protocol", "HTTP or HTTPS; left out = the request's protocol",
                                "host", "the host name; left out = the request's host",
                                "port", "the port, 1–65535, as a string; left out = the request's port",
                                "path", "the path, starting with /; left out = the request's path",
                                "query", "the query without its leading ?; left out = the request's query"),
                "LoadBalancerWeightedTargetGroup",
                        Map.of(
                                "name", "the target group's name, as in the load balancer's targetGroups",
                                "weight", "its relative weight, 0–999; null when none was given"),
                "LoadBalancerStickiness",
                        Map.of(
                                "enabled", "whether a client keeps to one target group; null when not given",
                                "durationSeconds",
                                        "how long a client keeps to it, 1–604800 seconds; null when not given"),
                "LoadBalancerQueryStringPair",
                        Map.of(
                                "key", "the query parameter's name; null = any parameter",
                                "value", "the value matched; * and ? are wildcards"),
                "LoadBalancerRouteStatus",
                        Map.of(
                                "kind", "HTTPRoute, GRPCRoute, TCPRoute, UDPRoute or TLSRoute",
                                "namespace", "the route's namespace",
                                "name", "the route's name",
                                "parentRef",
                                        "the parent the route names: <kind> <namespace>/<name>, with section and port when given",
                                "accepted", "the Accepted condition: whether the parent takes the route",
                                "resolvedRefs", "the ResolvedRefs condition: whether every backendRef resolves",
                                "reason",
                                        "the failed condition's reason, e.g. NotAllowedByListeners or BackendNotFound;"
                                                + " Accepted when none failed",
                                "message",
                                        "the failed condition's message; Route is accepted by Gateway when none failed"));
    }

    private static final String LOAD_BALANCERS = "one entry per LoadBalancer Service, per IngressGroup or Ingress,"
            + " and per Gateway, in topology order; one that gets no load balancer says why in reason";

    private static Map<String, String> loadBalancer() {
        return Map.of(
                "reason", "why no load balancer is built, or why its owner is null; null when one is built",
                "scheme", "internet-facing (in public subnets) or internal (in private subnets)",
                "targetType", "instance (nodes on the NodePort), ip (pod addresses), or mixed across target groups",
                "ipAddressType", "ipv4 or dualstack, as the annotations or IngressClassParams set it; ipv4 by default",
                "subnets", "the subnets chosen, one per Availability Zone, by annotation or by subnet discovery",
                "crossZone",
                        "whether cross-zone load balancing is on: ALB always, NLB off by default, CLB per its"
                                + " annotation (off by default)",
                "clientIpPreserved",
                        "whether the pod sees the client's address rather than a node's or the load" + " balancer's",
                "listeners", "the listeners, by port",
                "targetGroups", "the target groups, one per backend Service port",
                "paths", "how requests travel, aggregated by entry AZ, node AZ and pod AZ, each with its share");
    }

    private static Map<String, Map<String, String>> targetsAndTraffic() {
        return Map.of(
                "LoadBalancerHealthCheck",
                        Map.of(
                                "protocol", "HTTP, HTTPS or TCP; ALB: the target group's, NLB: TCP by default",
                                "port",
                                        "traffic-port (the targets' own port) or a port number, e.g. the health-check NodePort",
                                "path", "the HTTP path checked, / by default on an ALB; null for TCP",
                                "matcher", "the HTTP codes or gRPC codes counted healthy: 200-399 on an ALB (gRPC 12)",
                                "intervalSeconds",
                                        "seconds between checks: 15 by default (10 for an NLB's /healthz check)",
                                "timeoutSeconds",
                                        "seconds a check may take: 5 by default (6 for an NLB's /healthz check)",
                                "healthyThreshold", "passing checks before a target is healthy: 3 by default",
                                "unhealthyThreshold", "failing checks before a target is unhealthy: 3 by default"),
                "LoadBalancerTarget",
                        Map.of(
                                "id", "the node name (instance targets) or the pod name, <workload>-<n> (ip targets)",
                                "ip", "the target's IPv4 address: the node's primary IP or the pod's",
                                "port", "the port the target receives on",
                                "availabilityZone", "the target's Availability Zone",
                                "healthy",
                                        "whether the health check passes: with externalTrafficPolicy Local, only nodes"
                                                + " running a backend pod",
                                "reason", "why the target is unhealthy; null when it is healthy"),
                "LoadBalancerPodShare",
                        Map.of(
                                "pod", "the pod name, <workload>-<n>",
                                "node", "the node it runs on",
                                "availabilityZone", "its node's Availability Zone",
                                "share", "the share of the group's requests the pod receives, 0–1"),
                "LoadBalancerTraffic",
                        Map.of(
                                "crossAzHopsPerRequest",
                                "expected Availability Zone crossings per request, from the load balancer node to the pod",
                                "podsWithoutTraffic",
                                "selected pods that receive no request"),
                "LoadBalancerPath",
                        Map.of(
                                "entryAvailabilityZone", "the AZ of the load balancer node the request enters by",
                                "hops",
                                        "the hops in order: client, load-balancer node, node:NodePort and kube-proxy, pod",
                                "sourceIpAtPod",
                                        "the source address the pod sees: the client's, a node's or the load"
                                                + " balancer's",
                                "crossAzHops", "how many times the path crosses Availability Zones"));
    }
}
