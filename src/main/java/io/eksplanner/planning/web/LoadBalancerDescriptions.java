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
                                        "HTTP or HTTPS (ALB); TCP, UDP, TCP_UDP or TLS (NLB); TCP, SSL, HTTP or HTTPS (CLB)",
                                "defaultAction",
                                        "ALB only: forward <namespace>/<service>:<port>, fixed-response 404, or"
                                                + " redirect HTTPS:<port> 301 with ssl-redirect",
                                "certificates",
                                        "HTTPS (ALB) and TLS (NLB) listeners: the certificate ARNs, the default one first",
                                "sslPolicy", "HTTPS and TLS listeners: the SSL policy, else ELBSecurityPolicy-2016-08"),
                "LoadBalancerTargetGroup",
                        Map.of(
                                "protocol", "HTTP, HTTPS (ALB); TCP, UDP, TCP_UDP, TLS (NLB)",
                                "protocolVersion", "ALB only: HTTP1, HTTP2 or GRPC",
                                "port",
                                        "the port the targets receive on: the NodePort for instance targets, the pod port for ip",
                                "healthCheck", "the health check with the owner's defaults filled in",
                                "targets", "one page of the targets (page and size, 100 by default)",
                                "targetCount", "how many targets the group has in all",
                                "traffic", "how this group's requests spread over the pods")));
        bySchema.putAll(rules());
        bySchema.putAll(forwardsAndRoutes());
        return PropertyDescriptions.of(bySchema);
    }

    private static Map<String, Map<String, String>> rules() {
        return Map.of(
                "LoadBalancerRule",
                        Map.of(
                                "listenerPort", "the port of the listener the rule belongs to",
                                "priority", "the rule's priority on its listener, from 1; lower is evaluated first",
                                "conditions",
                                        "readable: host-header: <host>, path-pattern: <pattern>[, <pattern>], http-header"
                                                + " <name>: <value>, http-request-method: GET, query-string: <key>=<value>,"
                                                + " source-ip: <cidr>; (regex) after the field for regex values",
                                "action",
                                        "readable: forward <namespace>/<service>:<port>[ weight <n>, ...], fixed-response"
                                                + " <code> (503 for a missing backend), or redirect <protocol>:<port> <code>",
                                "source", "the Ingress (namespace/name) the rule comes from",
                                "actionDetail", "the action in the controller's structured shape",
                                "conditionDetails", "the conditions in the controller's structured shape and order"),
                "LoadBalancerAction",
                        Map.of(
                                "type", "forward, fixed-response or redirect",
                                "targetGroups",
                                        "forward: the target groups (<namespace>/<service>:<port>) and their weights",
                                "stickiness", "forward: target-group stickiness, when given",
                                "statusCode", "fixed-response: the HTTP code (503); redirect: HTTP_301 or HTTP_302",
                                "contentType", "fixed-response: the body's content type, text/plain by default",
                                "messageBody", "fixed-response: the body the ALB answers with; left out when empty",
                                "redirect", "redirect: the parts that change; a missing part keeps the request's"),
                "LoadBalancerCondition",
                        Map.of(
                                "field",
                                        "host-header, path-pattern, http-header, http-request-method, query-string or"
                                                + " source-ip",
                                "httpHeaderName", "http-header: the header's name, matched case-insensitively",
                                "values",
                                        "the values, any one matching: host names, path patterns (* and ? wildcards),"
                                                + " header values, methods or source CIDRs",
                                "regexValues",
                                        "host-header, path-pattern or http-header: regular expressions, any one matching",
                                "queryStrings", "query-string: key and value pairs, any one matching"));
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
        return Map.ofEntries(
                Map.entry("source", "the Service or the Ingresses it comes from"),
                Map.entry("owner", "LEGACY, AWS_LOAD_BALANCER_CONTROLLER, or null with a reason"),
                Map.entry("reason", "why no load balancer is built, or why its owner is null; null when one is built"),
                Map.entry("type", "CLB, NLB, ALB, or null when no load balancer is built"),
                Map.entry("scheme", "internet-facing (in public subnets) or internal (in private subnets)"),
                Map.entry(
                        "targetType",
                        "instance (nodes on the NodePort), ip (pod addresses), or mixed across target groups"),
                Map.entry(
                        "ipAddressType",
                        "ipv4 or dualstack, as the annotations or IngressClassParams set it; ipv4 by default"),
                Map.entry(
                        "subnets",
                        "the subnets chosen, one per Availability Zone, by annotation or by subnet discovery"),
                Map.entry(
                        "crossZone",
                        "whether cross-zone load balancing is on: ALB always, NLB off by default, CLB per its"
                                + " annotation (off by default)"),
                Map.entry(
                        "clientIpPreserved",
                        "whether the pod sees the client's address rather than a node's or the load balancer's"),
                Map.entry(
                        "tags",
                        "the tags the annotations and IngressClassParams give it (not the owner's tracking tags)"),
                Map.entry("attributes", "the load-balancer attributes the annotations and IngressClassParams set"),
                Map.entry("listeners", "the listeners, by port"),
                Map.entry("rules", "an ALB's listener rules in priority order (detail form only)"),
                Map.entry("targetGroups", "the target groups, one per backend Service port"),
                Map.entry(
                        "paths",
                        "how requests travel, aggregated by entry AZ, node AZ and pod AZ, each with its share"),
                Map.entry(
                        "traffic",
                        "the traffic over every target group, each taking its share of the requests; a one-group"
                                + " load balancer's is that group's"),
                Map.entry(
                        "routes",
                        "a Gateway's routes: per route and parentRef naming it, Accepted and ResolvedRefs as the"
                                + " controller sets them, with the reason"));
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
                                "pods",
                                "in the detail: one page of the pods' shares (page and size, 100 by default)",
                                "podCount",
                                "in the detail: how many pods share the traffic in all",
                                "maxToMinPodShare",
                                "null, with podsWithoutTraffic, when a selected pod gets nothing",
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
                                "crossAzHops", "how many times the path crosses Availability Zones",
                                "share", "of all the load balancer's requests, each target group taking an equal part",
                                "targetGroup", "the name of the target group the requests go through"));
    }
}
