package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.topology.model.ClusterTopology.IngressBackend;
import io.eksplanner.topology.model.ClusterTopology.IngressPath;
import io.eksplanner.topology.model.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ALB's listeners and their rules (src/docs/reference/aws-load-balancers.md §8.3): per listen port, the rules of
 * every member listening on it in group order, each Ingress rule's paths Exact first, then Prefix by length, numbered
 * from priority 1; the default action forwards to a member's default backend, else answers a fixed 404.
 */
final class ListenerRules {

    private final List<Listener> listeners = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private ListenerRules() {}

    /** The listeners and rules of the ordered {@code members}, naming their backends in {@code backends}. */
    static ListenerRules of(List<GroupedIngress> members, ListenPorts ports, ListenerTls tls, Backends backends) {
        var listenerRules = new ListenerRules();
        for (var listenPort : ports.protocols().entrySet()) {
            int port = listenPort.getKey();
            if (tls.redirectPort() != null && listenPort.getValue().equals("HTTP")) {
                // ssl-redirect: an HTTP listener gets the single 301 and no rules
                // (pkg/ingress/model_build_listener.go, buildListenerDefaultActions;
                // model_build_listener_rules.go, buildListenerRules).
                listenerRules.listeners.add(
                        new Listener("HTTP", port, "redirect HTTPS:" + tls.redirectPort() + " 301"));
                continue;
            }
            String defaultAction = "fixed-response 404";
            int priority = 1;
            for (GroupedIngress member : members) {
                if (!ports.listensOn(member, port)) {
                    continue;
                }
                priority = listenerRules.addRules(member, port, priority, backends);
                IngressBackend fallback = member.ingress().defaultBackend();
                if (fallback != null) {
                    defaultAction = backends.forward(
                            member,
                            fallback.serviceName(),
                            fallback.servicePort(),
                            "ingresses[" + member.index() + "].defaultBackend.serviceName");
                }
            }
            listenerRules.listeners.add(new Listener(
                    listenPort.getValue(), port, defaultAction, tls.certificates(port), tls.sslPolicy(port)));
        }
        return listenerRules;
    }

    List<Listener> listeners() {
        return listeners;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Adds the member's rules on {@code port} from {@code priority} on; returns the next free priority. */
    private int addRules(GroupedIngress member, int port, int priority, Backends backends) {
        var ingress = member.ingress();
        for (int r = 0; r < ingress.rules().size(); r++) {
            var rule = ingress.rules().get(r);
            for (int p : pathOrder(rule.paths())) {
                var path = rule.paths().get(p);
                var action = backends.forward(
                        member,
                        path.serviceName(),
                        path.servicePort(),
                        "ingresses[" + member.index() + "].rules[" + r + "].paths[" + p + "].serviceName");
                rules.add(new Rule(port, priority++, conditions(rule.host(), path), action, member.key()));
            }
        }
        return priority;
    }

    /** Path indices in rule order: Exact, then Prefix by path length (longest first, stable), then the rest. */
    static List<Integer> pathOrder(List<IngressPath> paths) {
        var exact = new ArrayList<Integer>();
        var prefix = new ArrayList<Integer>();
        var rest = new ArrayList<Integer>();
        for (int p = 0; p < paths.size(); p++) {
            var type = paths.get(p).pathType();
            (type == PathType.Exact ? exact : type == PathType.Prefix ? prefix : rest).add(p);
        }
        prefix.sort(Comparator.comparingInt((Integer p) -> length(paths.get(p).path()))
                .reversed());
        var order = new ArrayList<Integer>(exact);
        order.addAll(prefix);
        order.addAll(rest);
        return order;
    }

    private static int length(String path) {
        return path == null ? 0 : path.length();
    }

    /** The rule's conditions: host-header for a host, path-pattern by path type; none at all reads as {@code /*}. */
    static List<String> conditions(String host, IngressPath path) {
        var conditions = new ArrayList<String>();
        if (host != null && !host.isEmpty()) {
            conditions.add("host-header: " + host);
        }
        var patterns = pathPatterns(path);
        if (!patterns.isEmpty()) {
            conditions.add("path-pattern: " + String.join(", ", patterns));
        }
        if (conditions.isEmpty()) {
            conditions.add("path-pattern: /*");
        }
        return conditions;
    }

    /** A Prefix path matches itself and what lies below it; Exact and other paths match as written. */
    private static List<String> pathPatterns(IngressPath path) {
        var value = path.path();
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        if (path.pathType() == PathType.Prefix) {
            var trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            return trimmed.isEmpty() ? List.of("/*") : List.of(trimmed, trimmed + "/*");
        }
        return List.of(value);
    }
}
