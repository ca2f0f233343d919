package io.eksplanner.routing;

import static io.eksplanner.routing.GatewayAttachmentTests.ALB;
import static io.eksplanner.routing.GatewayAttachmentTests.NLB;
import static io.eksplanner.routing.GatewayAttachmentTests.cluster;
import static io.eksplanner.routing.GatewayAttachmentTests.gateway;
import static io.eksplanner.routing.GatewayAttachmentTests.listener;
import static io.eksplanner.routing.GatewayAttachmentTests.onlyPlan;
import static io.eksplanner.routing.GatewayAttachmentTests.parent;
import static io.eksplanner.routing.GatewayAttachmentTests.route;
import static io.eksplanner.routing.GatewayAttachmentTests.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the controller's configuration resources do to a Gateway's load balancer: LoadBalancerConfiguration (scheme,
 * merge of the class's and the Gateway's, listener settings), TargetGroupConfiguration (target type, per-route props,
 * health check) and ListenerRuleConfiguration (actions), and the listener protocols they shape
 * (src/docs/domain-rules.md §4, "Gateway API load balancers").
 */
class GatewayConfigurationTests {

    static Map<String, Object> lbConfig(String name, Object... fields) {
        var config = new LinkedHashMap<String, Object>(Map.of("name", name, "namespace", "default"));
        for (int i = 0; i < fields.length; i += 2) {
            config.put((String) fields[i], fields[i + 1]);
        }
        return config;
    }

    static Map<String, Object> ref(String name) {
        return Map.of(
                "group", "gateway.k8s.aws", "kind", "LoadBalancerConfiguration", "name", name, "namespace", "default");
    }

    static Map<String, Object> albClass(Object parametersRef) {
        var gatewayClass = new LinkedHashMap<String, Object>(Map.of("name", "alb", "controllerName", ALB));
        if (parametersRef != null) {
            gatewayClass.put("parametersRef", parametersRef);
        }
        return gatewayClass;
    }

    static Map<String, Object> webGateway(Object parametersRef) {
        var gateway = gateway("web", "alb", List.of(listener("http", 80, "HTTP")));
        if (parametersRef != null) {
            gateway.put("parametersRef", parametersRef);
        }
        return gateway;
    }

    static LoadBalancerPlan albWith(Object classRef, Object gatewayRef, List<?> configs) {
        return onlyPlan(cluster(
                        List.of(albClass(classRef)),
                        List.of(webGateway(gatewayRef)),
                        List.of(route("r", "default", parent())))
                .set("loadBalancerConfigurations", configs));
    }

    @Test
    void aGatewayWithoutConfigurationIsInternal() {
        assertThat(albWith(null, null, List.of()).scheme()).isEqualTo(Scheme.INTERNAL);
    }

    @Test
    void theClassesConfigurationWinsUnlessItPrefersTheGateways() {
        var internetFacing = lbConfig("public", "scheme", "internet-facing");
        var internal = lbConfig("private", "scheme", "internal");
        var preferGateway = lbConfig("public-gw", "scheme", "internet-facing", "mergingMode", "prefer-gateway");

        assertThat(albWith(ref("public"), ref("private"), List.of(internetFacing, internal))
                        .scheme())
                .isEqualTo(Scheme.INTERNET_FACING);
        assertThat(albWith(ref("public-gw"), ref("private"), List.of(preferGateway, internal))
                        .scheme())
                .isEqualTo(Scheme.INTERNAL);
    }

    @Test
    void aGatewayWithoutAConfiguredNameIsNamedByNamespaceNameAndItsUidHash() {
        var plan = albWith(null, null, List.of());

        // k8s-<namespace, 8>-<gateway, 8>-<hash over the cluster, the Gateway's UID and the scheme, 10>.
        assertThat(plan.name()).isEqualTo("k8s-default-web-" + LoadBalancerNames.UID_HASH);
        assertThat(plan.tags()).isNull();
        assertThat(plan.attributes()).isNull();
    }

    @Test
    void theConfigurationsNameTagsAndAttributesMergeAsTheirScheme() {
        var ofClass = lbConfig(
                "class",
                "loadBalancerName",
                "from-class",
                "tags",
                Map.of("team", "platform"),
                "loadBalancerAttributes",
                List.of(Map.of("key", "idle_timeout.timeout_seconds", "value", "120")));
        var ofGateway = lbConfig(
                "gw",
                "loadBalancerName",
                "from-gateway",
                "tags",
                Map.of("team", "shop", "cost-center", "42"),
                "loadBalancerAttributes",
                List.of(Map.of("key", "idle_timeout.timeout_seconds", "value", "30")));
        var preferGateway = new LinkedHashMap<>(ofClass);
        preferGateway.put("mergingMode", "prefer-gateway");

        var classWins = albWith(ref("class"), ref("gw"), List.of(ofClass, ofGateway));
        var gatewayWins = albWith(ref("class"), ref("gw"), List.of(preferGateway, ofGateway));

        assertThat(classWins.name()).isEqualTo("from-class");
        assertThat(classWins.tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "platform", "cost-center", "42"));
        assertThat(classWins.attributes()).containsEntry("idle_timeout.timeout_seconds", "120");
        assertThat(gatewayWins.name()).isEqualTo("from-gateway");
        assertThat(gatewayWins.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("team", "shop", "cost-center", "42"));
        assertThat(gatewayWins.attributes()).containsEntry("idle_timeout.timeout_seconds", "30");
    }

    @Test
    void aMissingConfigurationFailsTheGateway() {
        var plan = albWith(null, ref("nope"), List.of());

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).contains("\"nope\" not found");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.LB_BUILD_FAILED, "gateways[0].parametersRef"));
    }

    @Test
    void aTargetGroupConfigurationSetsTargetTypeAndHealthCheckMostSpecificRouteFirst() {
        var tgc = Map.of(
                "name", "nginx",
                "namespace", "default",
                "targetReference", Map.of("name", "my-nginx"),
                "defaultConfiguration",
                        Map.of("targetType", "ip", "healthCheckConfig", Map.of("healthCheckPath", "/ready")),
                "routeConfigurations",
                        List.of(
                                Map.of(
                                        "routeIdentifier",
                                        Map.of("kind", "HTTPRoute"),
                                        "targetGroupProps",
                                        Map.of("healthCheckConfig", Map.of("healthCheckPath", "/kind"))),
                                Map.of(
                                        "routeIdentifier",
                                        Map.of("kind", "HTTPRoute", "namespace", "default", "name", "r"),
                                        "targetGroupProps",
                                        Map.of("healthCheckConfig", Map.of("healthCheckPath", "/route")))));
        var plan = onlyPlan(
                cluster(List.of(albClass(null)), List.of(webGateway(null)), List.of(route("r", "default", parent())))
                        .set("targetGroupConfigurations", List.of(tgc)));

        assertThat(plan.targetType()).isEqualTo(TargetType.IP);
        assertThat(plan.targetGroups()).singleElement().satisfies(group -> {
            assertThat(group.healthCheck().path()).isEqualTo("/route");
            assertThat(group.port()).isEqualTo(80);
            assertThat(group.targets()).hasSize(4);
        });
    }

    @Test
    void withoutATargetGroupConfigurationTargetsAreTheNodesOnTheNodePortWithTheGatewayDefaults() {
        TargetGroup group = albWith(null, null, List.of()).targetGroups().get(0);

        assertThat(group.name()).isEqualTo("default/web:default-r:HTTPRoute-default-my-nginx:80");
        assertThat(group.port()).isEqualTo(30686);
        assertThat(group.protocolVersion()).isEqualTo("HTTP1");
        assertThat(group.healthCheck())
                .isEqualTo(new LoadBalancerPlan.HealthCheck("HTTP", "traffic-port", "/", 15, 5, 3, 3, "200-399"));
    }

    @Test
    void aListenerRuleConfigurationGivesItsFixedResponseAndAMissingOneIsIncompatibleFilters() {
        var withFilter = new LinkedHashMap<>(route("r", "default", parent()));
        var extension = Map.of("group", "gateway.k8s.aws", "kind", "ListenerRuleConfiguration", "name", "maintenance");
        withFilter.put(
                "rules",
                List.of(Map.of(
                        "filters", List.of(Map.of("type", "ExtensionRef", "extensionRef", extension)),
                        "backendRefs", List.of(Map.of("name", "my-nginx", "port", 80)))));
        var topology = cluster(List.of(albClass(null)), List.of(webGateway(null)), List.of(withFilter));
        var lrc = Map.of(
                "name", "maintenance",
                "namespace", "default",
                "actions", List.of(Map.of("type", "fixed-response", "fixedResponseConfig", Map.of("statusCode", 503))));

        var missing = onlyPlan(topology);
        var present = onlyPlan(topology.set("listenerRuleConfigurations", List.of(lrc)));

        assertThat(status(missing, "r").reason()).isEqualTo("IncompatibleFilters");
        assertThat(status(missing, "r").accepted()).isFalse();
        assertThat(present.rules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.action()).isEqualTo("fixed-response 503"));
    }

    @Test
    void rulesComeExactBeforePrefixAndLongerPathsFirstFromPriorityOne() {
        var ordered = new LinkedHashMap<>(route("r", "default", parent()));
        var backend = List.of(Map.of("name", "my-nginx", "port", 80));
        ordered.put(
                "rules",
                List.of(
                        Map.of(
                                "matches",
                                List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/a"))),
                                "backendRefs",
                                backend),
                        Map.of(
                                "matches",
                                List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/api/v2/"))),
                                "backendRefs",
                                backend),
                        Map.of(
                                "matches",
                                List.of(Map.of("path", Map.of("type", "Exact", "value", "/a"))),
                                "backendRefs",
                                backend)));
        var plan = onlyPlan(cluster(List.of(albClass(null)), List.of(webGateway(null)), List.of(ordered)));

        assertThat(plan.rules())
                .extracting(LoadBalancerPlan.Rule::conditions)
                .containsExactly(
                        List.of("path-pattern: /a"),
                        List.of("path-pattern: /api/v2, /api/v2/*"),
                        List.of("path-pattern: /a, /a/*"));
        assertThat(plan.rules()).extracting(LoadBalancerPlan.Rule::priority).containsExactly(1, 2, 3);
    }

    @Test
    void aWeightOver999FailsTheGateway() {
        var heavy = new LinkedHashMap<>(route("r", "default", parent()));
        heavy.put(
                "rules",
                List.of(Map.of("backendRefs", List.of(Map.of("name", "my-nginx", "port", 80, "weight", 1000)))));
        var plan = onlyPlan(cluster(List.of(albClass(null)), List.of(webGateway(null)), List.of(heavy)));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo("Weight [1000] must be less than or equal to 999");
    }

    @Test
    void nlbListenersTakeQuicAndTlsPassthroughAsTheControllerMapsThem() {
        var udp = new LinkedHashMap<>(route("dns", "default", parent("name", "edge", "sectionName", "dns")));
        var tls = new LinkedHashMap<>(route("pg", "default", parent("name", "edge", "sectionName", "pg")));
        tls.put("hostnames", List.of("db.example.com"));
        var quic = lbConfig(
                "quic", "listenerConfigurations", List.of(Map.of("protocolPort", "UDP:443", "quicEnabled", true)));
        var edge = gateway(
                "edge",
                "nlb",
                List.of(
                        listener("dns", 443, "UDP"),
                        listener("pg", 5432, "TLS", "tls", Map.of("mode", "Passthrough"))));
        edge.put("parametersRef", ref("quic"));
        var plan = onlyPlan(cluster(List.of(Map.of("name", "nlb", "controllerName", NLB)), List.of(edge), List.of())
                .set("udpRoutes", List.of(udp))
                .set("tlsRoutes", List.of(tls))
                .set("loadBalancerConfigurations", List.of(quic)));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.listeners())
                .extracting(LoadBalancerPlan.Listener::protocol)
                .containsExactly("QUIC", "TCP");
        assertThat(plan.crossZone()).isFalse();
    }

    @Test
    void anHttpsListenerWithoutCertificatesTakesThoseAcmDiscoveryFindsForItsHostnames() {
        var secure = gateway("web", "alb", List.of(listener("https", 443, "HTTPS", "hostname", "shop.example.com")));
        var plan =
                onlyPlan(cluster(List.of(albClass(null)), List.of(secure), List.of(route("r", "default", parent()))));

        assertThat(plan.listeners()).singleElement().satisfies(listener -> {
            assertThat(listener.certificates()).containsExactly("acm-discovery:shop.example.com");
            assertThat(listener.sslPolicy()).isEqualTo("ELBSecurityPolicy-2016-08");
        });
        assertThat(plan.problems()).extracting(Problem::code).contains(ProblemCode.ALB_CERTIFICATES_DISCOVERED);
    }
}
