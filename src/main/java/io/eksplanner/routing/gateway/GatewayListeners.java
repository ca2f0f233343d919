package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayApi.GatewayListener;
import io.eksplanner.topology.model.GatewayApi.ListenerSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The listeners of a Gateway and of the ListenerSets attached to it, validated as the controller validates them
 * (aws-load-balancer-controller v3.5.0, {@code pkg/gateway/routeutils/listener_utils.go}, {@code validateListeners},
 * {@code validateListenerList}, {@code getSupportedKinds}): the Gateway's first, then each ListenerSet's in {@code
 * namespace/name} order ({@code arrangeListenerSetsForValidation}), one port-to-protocol and port-and-hostname record
 * shared by all. An invalid listener gets no ELB listener and no route; a problem names it.
 */
final class GatewayListeners {

    private static final Set<String> ALB_KINDS = Set.of("HTTPRoute", "GRPCRoute");
    private static final Set<String> NLB_KINDS = Set.of("TCPRoute", "TLSRoute", "UDPRoute");

    /**
     * A listener, where it comes from ({@code null}: the Gateway; else the ListenerSet's key), the namespace its
     * {@code Same} means, its JSON path, and whether the controller accepts it.
     */
    record CheckedListener(
            GatewayListener listener, String listenerSet, String parentNamespace, String path, boolean valid) {}

    private GatewayListeners() {}

    /** Every listener of the Gateway at {@code gatewayIndex}, in the controller's order; problems for invalid ones. */
    static List<CheckedListener> of(GatewayApi api, int gatewayIndex, LoadBalancerType type, List<Problem> problems) {
        var gateway = api.gateways().get(gatewayIndex);
        var all = new ArrayList<CheckedListener>();
        var gatewayPath = "gateways[" + gatewayIndex + "]";
        for (int i = 0; i < gateway.listeners().size(); i++) {
            all.add(new CheckedListener(
                    gateway.listeners().get(i),
                    null,
                    gateway.namespace(),
                    gatewayPath + ".listeners[" + i + "]",
                    true));
        }
        for (int s : attachedListenerSets(api, gateway)) {
            var set = api.listenerSets().get(s);
            for (int i = 0; i < set.listeners().size(); i++) {
                all.add(new CheckedListener(
                        set.listeners().get(i),
                        set.namespace() + "/" + set.name(),
                        set.namespace(),
                        "listenerSets[" + s + "].listeners[" + i + "]",
                        true));
            }
        }
        var portProtocols = new HashMap<Integer, String>();
        var portHostnames = new HashSet<String>();
        var checked = new ArrayList<CheckedListener>();
        for (CheckedListener entry : all) {
            var refusal = refusal(entry.listener(), type, portProtocols, portHostnames);
            checked.add(new CheckedListener(
                    entry.listener(), entry.listenerSet(), entry.parentNamespace(), entry.path(), refusal == null));
            if (refusal != null) {
                problems.add(new Problem(
                        ProblemCode.GATEWAY_LISTENER_INVALID,
                        entry.path() + refusal[0],
                        "listener " + entry.listener().name() + " of "
                                + (entry.listenerSet() == null
                                        ? "Gateway " + gateway.namespace() + "/" + gateway.name()
                                        : "ListenerSet " + entry.listenerSet())
                                + ": " + refusal[2] + " (" + refusal[1] + ")"));
            }
        }
        return checked;
    }

    /**
     * The ListenerSets whose parentRef names the Gateway from a namespace its {@code allowedListeners} admit (none by
     * default), by index, in {@code namespace/name} order ({@code pkg/gateway/routeutils/listener_set.go}).
     */
    private static List<Integer> attachedListenerSets(GatewayApi api, GatewayApi.Gateway gateway) {
        var attached = new ArrayList<Integer>();
        for (int i = 0; i < api.listenerSets().size(); i++) {
            ListenerSet set = api.listenerSets().get(i);
            var parent = set.parentRef();
            String namespace = parent.namespace() != null ? parent.namespace() : set.namespace();
            boolean namesGateway = (parent.kind() == null || parent.kind().equals("Gateway"))
                    && gateway.name().equals(parent.name())
                    && gateway.namespace().equals(namespace);
            if (namesGateway
                    && Namespaces.admits(
                            gateway.allowedListenersFrom() == null ? "None" : gateway.allowedListenersFrom(),
                            gateway.allowedListenersSelector(),
                            set.namespace(),
                            gateway.namespace())) {
                attached.add(i);
            }
        }
        attached.sort(Comparator.comparing(i -> api.listenerSets().get(i).namespace() + "/"
                + api.listenerSets().get(i).name()));
        return attached;
    }

    /** Null when the listener is valid, else its field suffix, the reason and the message. */
    private static String[] refusal(
            GatewayListener listener, LoadBalancerType type, Map<Integer, String> ports, Set<String> hostnames) {
        var allowed = type == LoadBalancerType.ALB ? ALB_KINDS : NLB_KINDS;
        if (!allowed.containsAll(listener.allowedKinds())) {
            return new String[] {
                ".allowedRoutes.kinds", "InvalidRouteKinds", "Invalid route kind for listener " + listener.name()
            };
        }
        boolean supported = type == LoadBalancerType.ALB
                ? Set.of("HTTP", "HTTPS").contains(listener.protocol())
                : Set.of("TCP", "UDP", "TLS").contains(listener.protocol());
        if (!supported) {
            return new String[] {
                ".protocol",
                "UnsupportedProtocol",
                "Unsupported protocol " + listener.protocol() + " for listener " + listener.name() + " on an " + type
                        + " Gateway"
            };
        }
        String existing = ports.putIfAbsent(listener.port(), listener.protocol());
        if (existing != null
                && !existing.equals(listener.protocol())
                && !Set.of(existing, listener.protocol()).equals(Set.of("TCP", "UDP"))) {
            return new String[] {".protocol", "ProtocolConflict", "Protocol conflict for port " + listener.port()};
        }
        if (listener.hostname() != null && !hostnames.add(listener.port() + "-" + listener.hostname())) {
            return new String[] {
                ".hostname",
                "HostnameConflict",
                "Hostname conflict for port " + listener.port() + " with hostname " + listener.hostname()
            };
        }
        return null;
    }
}
