package io.eksplanner.routing.gateway;

import java.util.ArrayList;
import java.util.List;

/** Listener and route hostnames as the controller intersects them. */
final class Hostnames {

    private Hostnames() {}

    /**
     * The route's hostnames compatible with the listener's: all of them when either has none (the listener's own when
     * only the route has none), else each route hostname that equals the listener's or matches it through a wildcard,
     * the more specific one kept; null when none is compatible (aws-load-balancer-controller v3.5.0, {@code
     * pkg/gateway/routeutils/listener_attachment_helper.go}, {@code hostnameCheck}; {@code utils.go}, {@code
     * getCompatibleHostname}).
     */
    static List<String> compatible(String listenerHostname, List<String> routeHostnames) {
        if (routeHostnames.isEmpty()) {
            return listenerHostname == null ? List.of() : List.of(listenerHostname);
        }
        if (listenerHostname == null) {
            return List.of();
        }
        var compatible = new ArrayList<String>();
        for (String hostname : routeHostnames) {
            String match = match(hostname, listenerHostname);
            if (match != null && !compatible.contains(match)) {
                compatible.add(match);
            }
        }
        return compatible.isEmpty() ? null : compatible;
    }

    private static String match(String one, String two) {
        if (one.equals(two)) {
            return one;
        }
        if (one.startsWith("*.") && two.endsWith(one.substring(1))) {
            return two;
        }
        if (two.startsWith("*.") && one.endsWith(two.substring(1))) {
            return one;
        }
        return null;
    }

    /**
     * The controller's hostname precedence: a concrete name before none, an exact one before a wildcard, more dots
     * first, then the longer ({@code route_rule_precedence.go}, {@code getHostnamePrecedenceOrder}); negative when
     * {@code one} comes first.
     */
    static int precedence(String one, String two) {
        if (one.isEmpty() || two.isEmpty()) {
            return one.isEmpty() == two.isEmpty() ? 0 : one.isEmpty() ? 1 : -1;
        }
        boolean oneWildcard = one.startsWith("*.");
        boolean twoWildcard = two.startsWith("*.");
        if (oneWildcard != twoWildcard) {
            return oneWildcard ? 1 : -1;
        }
        int dots = Long.compare(dots(two), dots(one));
        return dots != 0 ? dots : Integer.compare(two.length(), one.length());
    }

    private static long dots(String hostname) {
        return hostname.chars().filter(c -> c == '.').count();
    }
}
