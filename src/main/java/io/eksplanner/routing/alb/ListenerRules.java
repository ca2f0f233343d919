package io.eksplanner.routing.alb;

import io.eksplanner.routing.ForwardShares;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.RuleAction;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.topology.model.ClusterTopology.IngressBackend;
import io.eksplanner.topology.model.ClusterTopology.IngressPath;
import io.eksplanner.topology.model.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ALB's listeners and their rules (src/docs/reference/aws-load-balancers.md §8.3): per listen port, the rules of
 * every member listening on it in group order, each Ingress rule's paths Exact first, then Prefix by length, numbered
 * from priority 1, each with the conditions of its host, path and {@code conditions.<service>} annotation and the
 * action of its backend (a forward, or the {@code actions.<name>} of a {@code use-annotation} backend); the default
 * action forwards to a member's default backend, else answers a fixed 404. An action or condition the controller
 * cannot build fails the group ({@code pkg/ingress/model_build_listener_rules.go}, {@code buildListenerRules},
 * aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20).
 */
final class ListenerRules {

    private final List<Listener> listeners = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<RuleAction> defaultActions = new ArrayList<>();
    private final Backends backends;
    private final BackendActions actions;

    private ListenerRules(Backends backends) {
        this.backends = backends;
        this.actions = new BackendActions(backends);
    }

    /** The listeners and rules of the ordered {@code members}, naming their backends in {@code backends}. */
    static ListenerRules of(List<GroupedIngress> members, ListenPorts ports, ListenerTls tls, Backends backends) {
        var listenerRules = new ListenerRules(backends);
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
            BackendActions.Resolved defaultAction = null;
            int priority = 1;
            for (GroupedIngress member : members) {
                if (!ports.listensOn(member, port)) {
                    continue;
                }
                priority = listenerRules.addRules(member, port, priority);
                IngressBackend fallback = member.ingress().defaultBackend();
                if (fallback != null) {
                    defaultAction = listenerRules.defaultAction(member, fallback);
                }
            }
            if (defaultAction != null) {
                listenerRules.defaultActions.add(defaultAction.detail());
            }
            listenerRules.listeners.add(new Listener(
                    listenPort.getValue(),
                    port,
                    defaultAction == null ? "fixed-response 404" : defaultAction.readable(),
                    tls.certificates(port),
                    tls.sslPolicy(port)));
        }
        return listenerRules;
    }

    List<Listener> listeners() {
        return listeners;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The forwards of the rules and of the listeners' default actions, to weigh the target groups with. */
    ForwardShares forwards() {
        var forwards = new ForwardShares().addRules(rules);
        for (RuleAction action : defaultActions) {
            if ("forward".equals(action.type())) {
                forwards.add(action.targetGroups());
            }
        }
        return forwards;
    }

    /**
     * The default backend's action ({@code buildListenerDefaultActions}); an error fails the group, and null stands for
     * the fixed 404.
     */
    private BackendActions.Resolved defaultAction(GroupedIngress member, IngressBackend fallback) {
        var path = "ingresses[" + member.index() + "].defaultBackend";
        try {
            // Its conditions annotation is parsed too, though a listener's default action takes no conditions.
            AnnotatedConditions.of(member, fallback.serviceName());
            return actions.of(member, fallback.serviceName(), fallback.servicePort(), path + ".serviceName");
        } catch (AnnotatedAction.Invalid invalid) {
            backends.problems()
                    .add(BuildFailures.failed(failurePath(member, fallback.serviceName(), path), invalid.getMessage()));
            return null;
        }
    }

    /** Adds the member's rules on {@code port} from {@code priority} on; returns the next free priority. */
    private int addRules(GroupedIngress member, int port, int priority) {
        var ingress = member.ingress();
        for (int r = 0; r < ingress.rules().size(); r++) {
            var rule = ingress.rules().get(r);
            for (int p : pathOrder(rule.paths())) {
                var path = rule.paths().get(p);
                var jsonPath = "ingresses[" + member.index() + "].rules[" + r + "].paths[" + p + "]";
                try {
                    var annotated = AnnotatedConditions.of(member, path.serviceName());
                    var action = actions.of(member, path.serviceName(), path.servicePort(), jsonPath + ".serviceName");
                    List<RuleCondition> conditions = RuleConditions.of(rule.host(), path, annotated);
                    rules.add(new Rule(
                            port,
                            priority++,
                            conditions.stream().map(RuleCondition::readable).toList(),
                            action.readable(),
                            member.key(),
                            action.detail(),
                            conditions));
                } catch (AnnotatedAction.Invalid invalid) {
                    // The controller wraps a rule's error with its Ingress (buildListenerRules).
                    backends.problems()
                            .add(BuildFailures.failed(
                                    failurePath(member, path.serviceName(), jsonPath),
                                    "ingress: " + member.key() + ": " + invalid.getMessage()));
                }
            }
        }
        return priority;
    }

    /**
     * Where a backend's build error is reported: the annotations when the Ingress annotates that backend's actions
     * or conditions, else the backend itself.
     */
    private static String failurePath(GroupedIngress member, String serviceName, String backendPath) {
        boolean annotated = member.annotation("actions." + serviceName) != null
                || member.annotation("conditions." + serviceName) != null;
        return annotated ? member.annotationsPath() : backendPath;
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
}
