package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.RouteStatus;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How routes attach to a Gateway's listeners and how their status reads, one rule at a time, on the canonical cluster
 * under the AWS Load Balancer Controller (src/docs/domain-rules.md §4, "Gateway API load balancers";
 * aws-load-balancer-controller v3.5.0 {@code pkg/gateway/routeutils}).
 */
class GatewayAttachmentTests {

    static final String ALB = "gateway.k8s.aws/alb";
    static final String NLB = "gateway.k8s.aws/nlb";

    /** The canonical cluster under the controller with {@code classes}, {@code gateways} and {@code httpRoutes}. */
    static Topologies cluster(List<?> classes, List<?> gateways, List<?> httpRoutes) {
        return Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("gatewayClasses", classes)
                .set("gateways", gateways)
                .set("httpRoutes", httpRoutes);
    }

    static List<LoadBalancerPlan> gatewayPlans(Topologies topology) {
        var snapshot = topology.topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED);
        return new LoadBalancerPlanner()
                .plan(snapshot, ipPlan).stream()
                        .filter(plan -> plan.id().startsWith("gateway."))
                        .toList();
    }

    static LoadBalancerPlan onlyPlan(Topologies topology) {
        var plans = gatewayPlans(topology);
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    /** {@code topology} with an ALB Gateway {@code web} listening on HTTP 80 and HTTPRoute {@code r} to my-nginx:80. */
    static Topologies withAlbGatewayAndRoute(Topologies topology) {
        return topology.set("gatewayClasses", List.of(gatewayClass("alb", ALB)))
                .set("gateways", List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP")))))
                .set("httpRoutes", List.of(route("r", "default", parent())));
    }

    static Map<String, Object> gatewayClass(String name, String controller) {
        return Map.of("name", name, "controllerName", controller);
    }

    static Map<String, Object> listener(String name, int port, String protocol, Object... extra) {
        var listener = new LinkedHashMap<String, Object>(Map.of("name", name, "port", port, "protocol", protocol));
        for (int i = 0; i < extra.length; i += 2) {
            listener.put((String) extra[i], extra[i + 1]);
        }
        return listener;
    }

    static Map<String, Object> gateway(String name, String className, List<?> listeners) {
        return new LinkedHashMap<>(
                Map.of("name", name, "namespace", "default", "gatewayClassName", className, "listeners", listeners));
    }

    static Map<String, Object> route(String name, String namespace, Map<String, Object> parentRef, Object... extra) {
        var route = new LinkedHashMap<String, Object>();
        route.put("name", name);
        route.put("namespace", namespace);
        route.put("parentRefs", List.of(parentRef));
        route.put(
                "rules",
                List.of(Map.of(
                        "backendRefs", List.of(Map.of("name", "my-nginx", "namespace", "default", "port", 80)))));
        for (int i = 0; i < extra.length; i += 2) {
            route.put((String) extra[i], extra[i + 1]);
        }
        return route;
    }

    static Map<String, Object> parent(Object... fields) {
        var parent = new LinkedHashMap<String, Object>(Map.of("name", "web", "namespace", "default"));
        for (int i = 0; i < fields.length; i += 2) {
            parent.put((String) fields[i], fields[i + 1]);
        }
        return parent;
    }

    static List<Map<String, Object>> twoListeners() {
        return List.of(listener("http", 80, "HTTP"), listener("alt", 8080, "HTTP"));
    }

    static RouteStatus status(LoadBalancerPlan plan, String name) {
        return plan.routes().stream()
                .filter(status -> status.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no status of " + name + " in " + plan.routes()));
    }

    static List<Integer> rulePorts(LoadBalancerPlan plan) {
        var ports = new ArrayList<Integer>();
        plan.rules().forEach(rule -> ports.add(rule.listenerPort()));
        return ports;
    }

    @Test
    void aParentRefWithoutSectionNameAttachesToEveryListenerThatAdmitsTheRoute() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", twoListeners())),
                List.of(route("r", "default", parent()))));

        assertThat(plan.listeners()).extracting(LoadBalancerPlan.Listener::port).containsExactly(80, 8080);
        assertThat(rulePorts(plan)).containsExactly(80, 8080);
        assertThat(status(plan, "r").reason()).isEqualTo("Accepted");
    }

    @Test
    void sectionNameAttachesToThatListenerOnly() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", twoListeners())),
                List.of(route("r", "default", parent("sectionName", "alt")))));

        assertThat(plan.listeners()).extracting(LoadBalancerPlan.Listener::port).containsExactly(8080);
    }

    @Test
    void portAttachesToTheListenersOfThatPortOnly() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", twoListeners())),
                List.of(route("r", "default", parent("port", 80)))));

        assertThat(plan.listeners()).extracting(LoadBalancerPlan.Listener::port).containsExactly(80);
    }

    @Test
    void aSectionNameNoListenerHasIsNoMatchingParent() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", twoListeners())),
                List.of(route("r", "default", parent("sectionName", "https")))));

        var status = status(plan, "r");
        assertThat(status.accepted()).isFalse();
        assertThat(status.reason()).isEqualTo("NoMatchingParent");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        ProblemCode.GATEWAY_ROUTE_NOT_ACCEPTED, "httpRoutes[0].parentRefs[0]"));
        assertThat(plan.listeners()).isEmpty();
    }

    @Test
    void byDefaultAListenerAdmitsRoutesOfItsOwnNamespaceOnly() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP")))),
                List.of(route("same", "default", parent()), route("other", "team", parent()))));

        assertThat(status(plan, "same").accepted()).isTrue();
        var other = status(plan, "other");
        assertThat(other.accepted()).isFalse();
        assertThat(other.reason()).isEqualTo("NotAllowedByListeners");
        assertThat(other.message()).contains("namespace does not match");
    }

    @Test
    void fromAllAndFromSelectorAdmitOtherNamespaces() {
        var all = Map.of("namespaces", Map.of("from", "All"));
        var selector = Map.of(
                "namespaces",
                Map.of(
                        "from",
                        "Selector",
                        "selector",
                        Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "team"))));
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway(
                        "web",
                        "alb",
                        List.of(
                                listener("http", 80, "HTTP", "allowedRoutes", all),
                                listener("alt", 8080, "HTTP", "allowedRoutes", selector)))),
                List.of(
                        route("team", "team", parent("sectionName", "alt")),
                        route("ops", "ops", parent("sectionName", "alt")),
                        route("any", "ops", parent("sectionName", "http")))));

        assertThat(status(plan, "team").accepted()).isTrue();
        assertThat(status(plan, "ops").reason()).isEqualTo("NotAllowedByListeners");
        assertThat(status(plan, "any").accepted()).isTrue();
    }

    @Test
    void aListenerOfOtherKindsRefusesTheRoute() {
        var grpcOnly = Map.of("kinds", List.of(Map.of("kind", "GRPCRoute")));
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway(
                        "web",
                        "alb",
                        List.of(listener("h", 443, "HTTPS", "hostname", "a.example.com", "allowedRoutes", grpcOnly)))),
                List.of(route("r", "default", parent()))));

        var status = status(plan, "r");
        assertThat(status.reason()).isEqualTo("NotAllowedByListeners");
        assertThat(status.message()).contains("kind does not match");
    }

    @Test
    void hostnamesIntersectThroughTheListenersWildcard() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP", "hostname", "*.example.com")))),
                List.of(
                        route(
                                "shop",
                                "default",
                                parent(),
                                "hostnames",
                                List.of("shop.example.com", "shop.example.org")),
                        route("blog", "default", parent(), "hostnames", List.of("blog.example.org")))));

        assertThat(plan.rules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.conditions())
                        .containsExactly("host-header: shop.example.com", "path-pattern: /*"));
        assertThat(status(plan, "blog").reason()).isEqualTo("NoMatchingListenerHostname");
    }

    @Test
    void anL4RouteNamingAnAlbGatewayIsNeverLoadedAndGetsNoStatusFromIt() {
        var topology = cluster(
                        List.of(gatewayClass("alb", ALB)),
                        List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP")))),
                        List.of())
                .set("tcpRoutes", List.of(route("tcp", "default", parent())));

        var plan = onlyPlan(topology);

        assertThat(plan.routes()).isEmpty();
        assertThat(plan.listeners()).isEmpty();
    }

    @Test
    void aGatewayMixingLayersKeepsOnlyTheListenersItsControllerServes() {
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP"), listener("db", 5432, "TCP")))),
                List.of(route("r", "default", parent()))));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.listeners()).extracting(LoadBalancerPlan.Listener::port).containsExactly(80);
        assertThat(plan.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.GATEWAY_LISTENER_INVALID)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("gateways[0].listeners[1].protocol");
                    assertThat(problem.message()).contains("UnsupportedProtocol");
                });
    }

    @Test
    void aBackendInAnotherNamespaceNeedsAReferenceGrant() {
        var topology = cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway(
                        "web",
                        "alb",
                        List.of(listener(
                                "http", 80, "HTTP", "allowedRoutes", Map.of("namespaces", Map.of("from", "All")))))),
                List.of(route("r", "team", parent())));

        var refused = status(onlyPlan(topology), "r");
        var granted = status(
                onlyPlan(topology.set(
                        "referenceGrants",
                        List.of(Map.of(
                                "name",
                                "team-to-default",
                                "namespace",
                                "default",
                                "from",
                                List.of(Map.of(
                                        "group",
                                        "gateway.networking.k8s.io",
                                        "kind",
                                        "HTTPRoute",
                                        "namespace",
                                        "team")),
                                "to",
                                List.of(Map.of("group", "", "kind", "Service")))))),
                "r");

        assertThat(refused.accepted()).isTrue();
        assertThat(refused.resolvedRefs()).isFalse();
        assertThat(refused.reason()).isEqualTo("RefNotPermitted");
        assertThat(granted.resolvedRefs()).isTrue();
    }

    @Test
    void aMissingServiceLeavesTheRuleAFixed500() {
        var missing = new LinkedHashMap<>(route("r", "default", parent()));
        missing.put("rules", List.of(Map.of("backendRefs", List.of(Map.of("name", "nope", "port", 80)))));
        var plan = onlyPlan(cluster(
                List.of(gatewayClass("alb", ALB)),
                List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP")))),
                List.of(missing)));

        assertThat(status(plan, "r").reason()).isEqualTo("BackendNotFound");
        assertThat(plan.rules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.action()).isEqualTo("fixed-response 500"));
    }

    @Test
    void aGatewayOfAMissingClassGetsNoLoadBalancerAndAnotherControllersClassIsLeftOut() {
        var plans = gatewayPlans(cluster(
                List.of(gatewayClass("istio", "istio.io/gateway-controller")),
                List.of(
                        gateway("web", "nope", List.of(listener("http", 80, "HTTP"))),
                        gateway("mesh", "istio", List.of(listener("http", 80, "HTTP")))),
                List.of()));

        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.type()).isNull();
            assertThat(plan.problems()).extracting(Problem::code).containsExactly(ProblemCode.GATEWAY_CLASS_UNKNOWN);
        });
    }

    @Test
    void withoutTheControllerNoGatewayGetsALoadBalancer() {
        var plan = onlyPlan(cluster(
                        List.of(gatewayClass("alb", ALB)),
                        List.of(gateway("web", "alb", List.of(listener("http", 80, "HTTP")))),
                        List.of())
                .set("loadBalancing.controller", "LEGACY"));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).contains("does not run");
    }
}
