package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.RouteStatus;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayRoute.BackendRef;
import io.eksplanner.topology.model.GatewayRoute.RouteFilter;
import io.eksplanner.topology.model.GatewayRoute.RouteRule;
import io.eksplanner.topology.model.ListenerRuleConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the attached routes with their backends resolved as the controller loads them (aws-load-balancer-
 * controller v3.5.0, {@code pkg/gateway/routeutils/backend.go}, {@code accumulateRules}, {@code commonBackendLoader},
 * {@code listenerRuleConfigLoader}; {@code backend_service.go}, {@code serviceLoader}; {@code
 * pkg/shared_utils/cross_namespace_validator.go}, {@code grantAllowsReference}). A backend that fails is left out of its
 * rule and sets the route's status, a Service the apiserver refused for a full NodePort range counting as not found;
 * a weight over 999 fails the Gateway.
 */
final class RouteBackends {

    static final int MAX_WEIGHT = 999;
    private static final String REFUSED = "; the topology holds the Service, but the apiserver refused to create it:"
            + " the NodePort range 30000-32767 is full (NODEPORT_RANGE_EXHAUSTED)";
    private static final String GATEWAY_GROUP = "gateway.networking.k8s.io";
    private static final String CONTROLLER_GROUP = "gateway.k8s.aws";

    /** A resolved backend: a Service port (its indices), or a target group by name, and the weight. */
    record Backend(
            BackendRef ref, Service service, int serviceIndex, int portIndex, String targetGroupName, int weight) {}

    /** A rule of an attached route with its backends and its ListenerRuleConfiguration (or null). */
    record Rule(RouteRef route, int index, RouteRule rule, List<Backend> backends, ListenerRuleConfiguration config) {}

    /** The Gateway cannot be built: a weight over 999 ({@code commonBackendLoader}). */
    static final class Fatal extends Exception {

        private static final long serialVersionUID = 1L;
        private final String path;

        Fatal(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private final RoutingContext context;
    private final GatewayApi api;
    private final List<Problem> problems;
    private final Map<RouteRef, String[]> failures = new LinkedHashMap<>();

    RouteBackends(RoutingContext context, List<Problem> problems) {
        this.context = context;
        this.api = context.topology().gatewayApi();
        this.problems = problems;
    }

    /** The rules of {@code route}, each with the backends that resolve. */
    List<Rule> rules(RouteRef route) throws Fatal {
        var rules = new ArrayList<Rule>();
        var routeRules = route.route().rules();
        for (int r = 0; r < routeRules.size(); r++) {
            var rule = routeRules.get(r);
            var path = route.path() + ".rules[" + r + "]";
            ListenerRuleConfiguration config = null;
            var backends = new ArrayList<Backend>();
            try {
                config = ruleConfiguration(route, rule, path);
                for (int b = 0; b < rule.backendRefs().size(); b++) {
                    var backend = backend(route, rule.backendRefs().get(b), path + ".backendRefs[" + b + "]");
                    if (backend != null) {
                        backends.add(backend);
                    }
                }
            } catch (Refused refused) {
                fail(route, refused.path, refused.reason, refused.getMessage(), false);
            }
            rules.add(new Rule(route, r, rule, backends, config));
        }
        return rules;
    }

    /**
     * The statuses of {@code route} for each parentRef the Gateway accepted: its first load failure, else {@code
     * Accepted}.
     */
    List<RouteStatus> statuses(RouteRef route, List<String> parents) {
        var failure = failures.get(route);
        var statuses = new ArrayList<RouteStatus>();
        for (String parent : parents) {
            var r = route.route();
            statuses.add(
                    failure == null
                            ? new RouteStatus(
                                    r.kind().name(),
                                    r.namespace(),
                                    r.name(),
                                    parent,
                                    true,
                                    true,
                                    "Accepted",
                                    "Route is accepted by Gateway")
                            : new RouteStatus(
                                    r.kind().name(),
                                    r.namespace(),
                                    r.name(),
                                    parent,
                                    Boolean.parseBoolean(failure[2]),
                                    Boolean.parseBoolean(failure[3]),
                                    failure[0],
                                    failure[1]));
        }
        return statuses;
    }

    private Backend backend(RouteRef route, BackendRef ref, String path) throws Fatal, Refused {
        String kind = ref.kind() == null ? "Service" : ref.kind();
        int weight = ref.weight() == null ? 1 : ref.weight();
        if (weight > MAX_WEIGHT) {
            throw new Fatal(path + ".weight", "Weight [" + weight + "] must be less than or equal to " + MAX_WEIGHT);
        }
        if (kind.equals("TargetGroupName")) {
            return new Backend(ref, null, -1, -1, ref.name(), weight);
        }
        if (!kind.equals("Service")) {
            fail(route, path + ".kind", "InvalidKind", "Unknown backend reference kind", true);
            return null;
        }
        if (ref.port() == null) {
            fail(route, path + ".port", "UnsupportedValue", "Port is required", false);
            return null;
        }
        String namespace =
                ref.namespace() != null ? ref.namespace() : route.route().namespace();
        if (!namespace.equals(route.route().namespace()) && !granted(route, namespace, ref.name())) {
            fail(route, path, "RefNotPermitted", "No explicit ReferenceGrant exists to allow the reference.", true);
            return null;
        }
        // A Service the apiserver refused for a full NodePort range was never created: serviceLoader's Get answers
        // NotFound as for any missing Service (aws-load-balancer-controller 5982613953df58f3227301b7121abde6abaa2c20
        // pkg/gateway/routeutils/backend_service.go:serviceLoader).
        Integer serviceIndex = context.existingServiceIndex(namespace, ref.name());
        if (serviceIndex == null) {
            fail(
                    route,
                    path + ".name",
                    "BackendNotFound",
                    "Service (" + namespace + ":" + ref.name() + ") not found)",
                    true,
                    context.serviceIndex(namespace, ref.name()) == null ? "" : REFUSED);
            return null;
        }
        var service = context.topology().services().get(serviceIndex);
        for (int p = 0; p < service.ports().size(); p++) {
            if (service.ports().get(p).port() == ref.port()) {
                return new Backend(ref, service, serviceIndex, p, null, weight);
            }
        }
        fail(route, path + ".port", "BackendNotFound", "Unable to find service port for port " + ref.port(), true);
        return null;
    }

    /** Whether a ReferenceGrant in {@code namespace} lets the route's kind and namespace refer to the Service. */
    private boolean granted(RouteRef route, String namespace, String serviceName) {
        return api.referenceGrants().stream()
                .filter(grant -> grant.namespace().equals(namespace))
                .anyMatch(grant -> grant.from().stream()
                                .anyMatch(from -> GATEWAY_GROUP.equals(from.group())
                                        && route.route().kind().name().equals(from.kind())
                                        && route.route().namespace().equals(from.namespace()))
                        && grant.to().stream()
                                .anyMatch(to -> (to.group() == null
                                                || to.group().isEmpty())
                                        && "Service".equals(to.kind())
                                        && (to.name() == null || to.name().equals(serviceName))));
    }

    /** The ListenerRuleConfiguration an ExtensionRef filter names, or null ({@code listenerRuleConfigLoader}). */
    private ListenerRuleConfiguration ruleConfiguration(RouteRef route, RouteRule rule, String path) throws Refused {
        var refs = new ArrayList<String>();
        var filters = rule.filters();
        for (RouteFilter filter : filters) {
            var ref = filter.extensionRef();
            if ("ExtensionRef".equals(filter.type())
                    && ref != null
                    && CONTROLLER_GROUP.equals(ref.group())
                    && "ListenerRuleConfiguration".equals(ref.kind())) {
                refs.add(ref.name());
            }
        }
        if (refs.isEmpty()) {
            return null;
        }
        if (refs.size() > 1) {
            throw new Refused(
                    path + ".filters",
                    "IncompatibleFilters",
                    "Only one listener rule config can be referenced per route rule, found multiple");
        }
        String namespace = route.route().namespace();
        return api.listenerRuleConfigurations().stream()
                .filter(config ->
                        config.namespace().equals(namespace) && config.name().equals(refs.get(0)))
                .findFirst()
                .orElseThrow(() -> new Refused(
                        path + ".filters",
                        "IncompatibleFilters",
                        "ListenerRuleConfiguration [" + namespace + "/" + refs.get(0) + "] not found)"));
    }

    /**
     * Records a load failure: {@code resolvedRefs} reasons keep the route accepted, the others do not
     * ({@code loader.go}, {@code loadChildResources}).
     */
    private void fail(RouteRef route, String path, String reason, String message, boolean refs) {
        fail(route, path, reason, message, refs, "");
    }

    /** The same, the problem (not the route's status) explained by {@code why}. */
    private void fail(RouteRef route, String path, String reason, String message, boolean refs, String why) {
        String full = message + ". Invalid data can be found in route ("
                + route.route().kind() + ", " + route.route().namespace() + ":"
                + route.route().name() + ")";
        failures.putIfAbsent(route, new String[] {reason, full, String.valueOf(refs), String.valueOf(!refs)});
        problems.add(new Problem(
                refs ? ProblemCode.GATEWAY_ROUTE_REFS_UNRESOLVED : ProblemCode.GATEWAY_ROUTE_NOT_ACCEPTED,
                path,
                route.source() + ": " + message + " (" + (refs ? "ResolvedRefs" : "Accepted") + " false, " + reason
                        + ")" + why));
    }

    /** A rule whose backends are not loaded at all. */
    private static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final String path;
        private final String reason;

        Refused(String path, String reason, String message) {
            super(message);
            this.path = path;
            this.reason = reason;
        }
    }
}
