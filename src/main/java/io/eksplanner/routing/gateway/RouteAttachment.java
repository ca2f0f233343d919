package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.RouteStatus;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.gateway.GatewayListeners.CheckedListener;
import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayRoute;
import io.eksplanner.topology.model.GatewayRoute.ParentRef;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which routes attach to which listeners of one Gateway, as the controller maps them (aws-load-balancer-controller
 * v3.5.0, {@code pkg/gateway/routeutils/route_listener_mapper.go}, {@code mapListenersAndRoutes}, {@code
 * attemptListenerRouteAttachment}; {@code listener_attachment_helper.go}, {@code listenerAllowsAttachment}). The ALB
 * controller loads HTTP and gRPC routes only, the NLB controller TCP, UDP and TLS routes only ({@code
 * routeutils.L7RouteFilter}, {@code L4RouteFilter}). A parentRef the Gateway takes is {@code Accepted}; one it does not
 * gets the reason of the first listener that refused it, or {@code NoMatchingParent}.
 */
final class RouteAttachment {

    private static final Map<String, Set<String>> KINDS_BY_PROTOCOL = Map.of(
            "HTTP", Set.of("HTTPRoute"),
            "HTTPS", Set.of("HTTPRoute", "GRPCRoute"),
            "TLS", Set.of("TLSRoute", "TCPRoute"),
            "TCP", Set.of("TCPRoute"),
            "UDP", Set.of("UDPRoute"));

    /** The routes by listener port (ascending), each route's compatible hostnames per port, and the statuses. */
    record Result(
            Map<Integer, List<RouteRef>> routesByPort,
            Map<String, Set<String>> hostnames,
            Map<RouteRef, List<String>> accepted,
            List<RouteStatus> statuses) {

        /** The compatible hostnames of {@code route} on {@code port}, in the order found. */
        List<String> hostnames(RouteRef route, int port) {
            return List.copyOf(hostnames.getOrDefault(route.path() + "@" + port, Set.of()));
        }
    }

    private final GatewayApi api;
    private final GatewayApi.Gateway gateway;
    private final List<CheckedListener> listeners;
    private final List<Problem> problems;
    private final Map<Integer, List<RouteRef>> routesByPort = new TreeMap<>();
    private final Map<String, Set<String>> hostnames = new LinkedHashMap<>();
    private final Map<RouteRef, List<String>> accepted = new LinkedHashMap<>();
    private final List<RouteStatus> statuses = new ArrayList<>();

    RouteAttachment(
            GatewayApi api, GatewayApi.Gateway gateway, List<CheckedListener> listeners, List<Problem> problems) {
        this.api = api;
        this.gateway = gateway;
        this.listeners = listeners;
        this.problems = problems;
    }

    /** Attaches every route of the load balancer's layer that names the Gateway or one of its ListenerSets. */
    Result attach(LoadBalancerType type) {
        var kinds = type == LoadBalancerType.ALB
                ? List.of(api.httpRoutes(), api.grpcRoutes())
                : List.of(api.tcpRoutes(), api.udpRoutes(), api.tlsRoutes());
        for (List<GatewayRoute> routes : kinds) {
            for (int i = 0; i < routes.size(); i++) {
                var route = new RouteRef(routes.get(i), i);
                for (int p = 0; p < route.route().parentRefs().size(); p++) {
                    attach(route, p);
                }
            }
        }
        return new Result(routesByPort, hostnames, accepted, statuses);
    }

    private void attach(RouteRef route, int parentIndex) {
        var parentRef = route.route().parentRefs().get(parentIndex);
        var targets = targets(parentRef, route.route().namespace());
        if (targets == null) {
            return;
        }
        var failures = new ArrayList<String[]>();
        boolean attached = false;
        for (CheckedListener entry : targets) {
            var listener = entry.listener();
            boolean inSection =
                    parentRef.sectionName() == null || parentRef.sectionName().equals(listener.name());
            boolean onPort = parentRef.port() == null || parentRef.port() == listener.port();
            if (!inSection || !onPort) {
                continue;
            }
            var refusal = refusal(entry, route.route());
            if (refusal != null) {
                failures.add(refusal);
                continue;
            }
            attached = true;
            var compatible =
                    Hostnames.compatible(listener.hostname(), route.route().hostnames());
            hostnames
                    .computeIfAbsent(route.path() + "@" + listener.port(), key -> new LinkedHashSet<>())
                    .addAll(compatible);
            if (entry.valid()) {
                var onThisPort = routesByPort.computeIfAbsent(listener.port(), port -> new ArrayList<>());
                if (!onThisPort.contains(route)) {
                    onThisPort.add(route);
                }
            }
        }
        String parent = describe(parentRef, route.route().namespace());
        if (attached) {
            accepted.computeIfAbsent(route, key -> new ArrayList<>()).add(parent);
            return;
        }
        var failure = failures.isEmpty()
                ? new String[] {"NoMatchingParent", "Route parentRef does not match listener"}
                : failures.get(0);
        statuses.add(new RouteStatus(
                route.route().kind().name(),
                route.route().namespace(),
                route.route().name(),
                parent,
                false,
                true,
                failure[0],
                failure[1]));
        problems.add(new Problem(
                ProblemCode.GATEWAY_ROUTE_NOT_ACCEPTED,
                route.path() + ".parentRefs[" + parentIndex + "]",
                route.source() + " is not accepted by " + parent + ": " + failure[1] + " (" + failure[0] + ")"));
    }

    /** The listeners a parentRef can attach to: the Gateway's, a ListenerSet's of it, or null when it names neither. */
    private List<CheckedListener> targets(ParentRef parentRef, String routeNamespace) {
        String namespace = parentRef.namespace() != null ? parentRef.namespace() : routeNamespace;
        if (parentRef.kind() == null || parentRef.kind().equals("Gateway")) {
            boolean names = gateway.name().equals(parentRef.name())
                    && gateway.namespace().equals(namespace);
            return names
                    ? listeners.stream()
                            .filter(entry -> entry.listenerSet() == null)
                            .toList()
                    : null;
        }
        if (parentRef.kind().equals("ListenerSet")) {
            var set = listeners.stream()
                    .filter(entry -> (namespace + "/" + parentRef.name()).equals(entry.listenerSet()))
                    .toList();
            return set.isEmpty() ? null : set;
        }
        return null;
    }

    /** Why the listener refuses the route ({@code listenerAllowsAttachment}): reason and message, or null. */
    private static String[] refusal(CheckedListener entry, GatewayRoute route) {
        var listener = entry.listener();
        if (!Namespaces.admits(
                listener.allowedFrom(), listener.allowedSelector(), route.namespace(), entry.parentNamespace())) {
            return new String[] {
                "NotAllowedByListeners",
                "Listener does not allow route attachment, namespace does not match between listener and route"
            };
        }
        var kinds = listener.allowedKinds().isEmpty()
                ? KINDS_BY_PROTOCOL.getOrDefault(listener.protocol(), Set.of())
                : Set.copyOf(listener.allowedKinds());
        if (!kinds.contains(route.kind().name())) {
            return new String[] {
                "NotAllowedByListeners",
                "Listener does not allow route attachment, kind does not match between listener and route"
            };
        }
        boolean named = route.kind() != RouteKind.TCPRoute && route.kind() != RouteKind.UDPRoute;
        if (named && Hostnames.compatible(listener.hostname(), route.hostnames()) == null) {
            return new String[] {
                "NoMatchingListenerHostname", "Listener does not allow route attachment, no matching hostname"
            };
        }
        return null;
    }

    private String describe(ParentRef parentRef, String routeNamespace) {
        String kind = parentRef.kind() == null ? "Gateway" : parentRef.kind();
        String namespace = parentRef.namespace() != null ? parentRef.namespace() : routeNamespace;
        return kind + " " + namespace + "/" + parentRef.name()
                + (parentRef.sectionName() == null ? "" : " section " + parentRef.sectionName())
                + (parentRef.port() == null ? "" : " port " + parentRef.port());
    }
}
