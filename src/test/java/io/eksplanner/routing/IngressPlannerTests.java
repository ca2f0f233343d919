package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which Ingresses get an ALB, how IngressGroups merge them, and how their rules and targets look
 * (src/docs/domain-rules.md §4).
 */
class IngressPlannerTests {

    static final String CLASS = "kubernetes.io/ingress.class";
    static final String GROUP = "alb.ingress.kubernetes.io/group.name";
    static final String ORDER = "alb.ingress.kubernetes.io/group.order";
    static final String SCHEME = "alb.ingress.kubernetes.io/scheme";
    static final String TARGET = "alb.ingress.kubernetes.io/target-type";
    static final String ALB = "ingress.k8s.aws/alb";

    /** The canonical cluster under the AWS Load Balancer Controller, with the given Ingresses and classes. */
    static Topologies controller(List<?> ingresses, List<?> classes) {
        return Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("ingresses", ingresses)
                .set("ingressClasses", classes);
    }

    static List<LoadBalancerPlan> ingressPlans(Topologies topology) {
        var snapshot = topology.topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED);
        return new LoadBalancerPlanner()
                .plan(snapshot, ipPlan).stream()
                        .filter(plan -> !plan.id().startsWith("service."))
                        .toList();
    }

    static LoadBalancerPlan onlyPlan(Topologies topology) {
        var plans = ingressPlans(topology);
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    static Map<String, Object> ingress(
            String name, String className, Map<String, String> annotations, List<?> paths, Object defaultBackend) {
        var ingress = new LinkedHashMap<String, Object>();
        ingress.put("name", name);
        ingress.put("namespace", "default");
        ingress.put("ingressClassName", className);
        ingress.put("annotations", annotations);
        ingress.put("rules", List.of(Map.of("paths", paths)));
        ingress.put("defaultBackend", defaultBackend);
        return ingress;
    }

    static Map<String, Object> ingress(String name, Map<String, String> annotations, List<?> paths) {
        return ingress(name, null, annotations, paths, null);
    }

    static Map<String, Object> path(String path, String type, String service) {
        return Map.of("path", path, "pathType", type, "serviceName", service, "servicePort", 80);
    }

    static Map<String, Object> ingressClass(String name, String controller, boolean isDefault, Object parameters) {
        var ingressClass = new LinkedHashMap<String, Object>();
        ingressClass.put("name", name);
        ingressClass.put("controller", controller);
        ingressClass.put("isDefault", isDefault);
        ingressClass.put("parameters", parameters);
        return ingressClass;
    }

    static final List<Map<String, Object>> ROOT = List.of(path("/", "Prefix", "my-nginx"));

    static Stream<Arguments> claims() {
        var alb = ingressClass("alb-custom", ALB, false, null);
        var nginx = ingressClass("nginx", "k8s.io/ingress-nginx", false, null);
        var defaultAlb = ingressClass("default-alb", ALB, true, null);
        var defaultNginx = ingressClass("default-nginx", "k8s.io/ingress-nginx", true, null);
        var autoMode = ingressClass("auto", "eks.amazonaws.com/alb", false, null);
        return Stream.of(
                Arguments.of(
                        "the legacy annotation alb", Map.of(CLASS, "alb"), null, List.of(), LoadBalancerType.ALB, null),
                Arguments.of(
                        "the legacy annotation beats ingressClassName",
                        Map.of(CLASS, "nginx"),
                        "alb",
                        List.of(),
                        null,
                        "kubernetes.io/ingress.class nginx is not the controller's class alb"),
                Arguments.of(
                        "the Helm chart's IngressClass alb", Map.of(), "alb", List.of(), LoadBalancerType.ALB, null),
                Arguments.of(
                        "an IngressClass of the controller",
                        Map.of(),
                        "alb-custom",
                        List.of(alb),
                        LoadBalancerType.ALB,
                        null),
                Arguments.of(
                        "an IngressClass of another controller",
                        Map.of(),
                        "nginx",
                        List.of(nginx),
                        null,
                        "IngressClass nginx belongs to controller k8s.io/ingress-nginx"),
                Arguments.of(
                        "the default IngressClass",
                        Map.of(),
                        null,
                        List.of(nginx, defaultAlb),
                        LoadBalancerType.ALB,
                        null),
                Arguments.of(
                        "two default IngressClasses",
                        Map.of(),
                        null,
                        List.of(defaultAlb, defaultNginx),
                        null,
                        "multiple default IngressClasses found"),
                Arguments.of(
                        "no class at all", Map.of(), null, List.of(alb), null, "leaves class-less Ingresses alone"),
                Arguments.of("an EKS Auto Mode class", Map.of(), "auto", List.of(autoMode), null, "EKS Auto Mode"),
                Arguments.of(
                        "an unknown class",
                        Map.of(),
                        "missing",
                        List.of(),
                        null,
                        "invalid ingress class: IngressClass missing not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void resolvesTheIngressClassAsTheControllerDoes(
            String name,
            Map<String, String> annotations,
            String className,
            List<?> classes,
            LoadBalancerType type,
            String reason) {
        var plan = onlyPlan(controller(List.of(ingress("web", className, annotations, ROOT, null)), classes));

        assertThat(plan.id()).isEqualTo("ingress.default.web");
        assertThat(plan.source()).containsExactly("Ingress default/web");
        assertThat(plan.type()).isEqualTo(type);
        if (type == null) {
            assertThat(plan.owner()).isNull();
            assertThat(plan.reason()).contains(reason);
        } else {
            assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
            assertThat(plan.reason()).isNull();
        }
    }

    @Test
    void reportsAnUnknownIngressClass() {
        var plan = onlyPlan(controller(List.of(ingress("web", "missing", Map.of(), ROOT, null)), List.of()));

        assertThat(plan.problems())
                .containsExactly(new Problem(
                        ProblemCode.INGRESS_CLASS_UNKNOWN,
                        "ingresses[0].ingressClassName",
                        "Ingress default/web: invalid ingress class: IngressClass missing not found"));
    }

    @Test
    void buildsNoAlbUnderTheLegacyProfile() {
        var plan =
                onlyPlan(Topologies.canonical().set("ingresses", List.of(ingress("web", Map.of(CLASS, "alb"), ROOT))));

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isNull();
        assertThat(plan.reason())
                .isEqualTo("the cluster runs only the legacy cloud provider controller, which builds no ALBs:"
                        + " Ingresses need the AWS Load Balancer Controller");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void givesTheCanonicalIngressAnInternetFacingAlbOnTheFourNodes() {
        var plan = onlyPlan(
                controller(List.of(ingress("web", Map.of(CLASS, "alb", SCHEME, "internet-facing"), ROOT)), List.of()));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNET_FACING);
        assertThat(plan.targetType()).isEqualTo(TargetType.INSTANCE);
        assertThat(plan.ipAddressType()).isEqualTo("ipv4");
        assertThat(plan.crossZone()).isTrue();
        assertThat(plan.clientIpPreserved()).isFalse();
        assertThat(plan.subnets()).extracting(LbSubnet::name).containsExactly("public-a", "public-b", "public-c");
        assertThat(plan.listeners()).containsExactly(new Listener("HTTP", 80, "fixed-response 404"));
        assertThat(plan.rules())
                .extracting(Rule::listenerPort, Rule::priority, Rule::conditions, Rule::action, Rule::source)
                .containsExactly(
                        tuple(80, 1, List.of("path-pattern: /*"), "forward default/my-nginx:80", "default/web"));
        assertThat(plan.targetGroups()).hasSize(1);
        var group = plan.targetGroups().get(0);
        assertThat(group.protocol()).isEqualTo("HTTP");
        assertThat(group.port()).isEqualTo(30686);
        assertThat(group.healthCheck()).isEqualTo(new HealthCheck("HTTP", "traffic-port", "/", 15, 5, 2, 2, "200"));
        assertThat(group.targets()).hasSize(4).allSatisfy(target -> {
            assertThat(target.port()).isEqualTo(30686);
            assertThat(target.healthy()).isTrue();
        });
        assertThat(group.traffic().pods()).extracting(PodShare::share).containsOnly(0.25);
        assertThat(plan.paths()).allSatisfy(path -> {
            assertThat(path.hops()).startsWith("client").contains("kube-proxy DNAT + SNAT");
            assertThat(path.sourceIpAtPod()).isEqualTo(SourceIpAtPod.NODE_IP);
        });
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void placesAnInternalAlbInThePrivateSubnetsByDefault() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb"), ROOT)), List.of()));

        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNAL);
        assertThat(plan.subnets()).extracting(LbSubnet::name).containsExactly("private-a", "private-b", "private-c");
    }

    @Test
    void letsIngressClassParamsChooseTheSchemeAndGroup() {
        var params = ingressClass("shared", ALB, false, Map.of("scheme", "internet-facing", "group", "shared"));
        var plan = onlyPlan(controller(
                List.of(
                        ingress(
                                "a",
                                "shared",
                                Map.of(SCHEME, "internal"),
                                List.of(path("/a", "Prefix", "my-nginx")),
                                null),
                        ingress("b", "shared", Map.of(), List.of(path("/b", "Prefix", "my-nginx")), null)),
                List.of(params)));

        assertThat(plan.id()).isEqualTo("group.shared");
        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNET_FACING);
        assertThat(plan.source()).containsExactly("Ingress default/a", "Ingress default/b");
    }

    @Test
    void putsAGroupBehindOneAlbInGroupOrder() {
        var plan = onlyPlan(controller(
                List.of(
                        ingress(
                                "first-listed",
                                Map.of(CLASS, "alb", GROUP, "shop", ORDER, "20"),
                                List.of(path("/cart", "Prefix", "my-nginx"))),
                        ingress(
                                "second-listed",
                                Map.of(CLASS, "alb", GROUP, "shop", ORDER, "10"),
                                List.of(path("/shop", "Prefix", "my-nginx")))),
                List.of()));

        assertThat(plan.id()).isEqualTo("group.shop");
        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.source()).containsExactly("Ingress default/second-listed", "Ingress default/first-listed");
        assertThat(plan.rules())
                .extracting(Rule::listenerPort, Rule::priority, Rule::conditions, Rule::action, Rule::source)
                .containsExactly(
                        tuple(
                                80,
                                1,
                                List.of("path-pattern: /shop, /shop/*"),
                                "forward default/my-nginx:80",
                                "default/second-listed"),
                        tuple(
                                80,
                                2,
                                List.of("path-pattern: /cart, /cart/*"),
                                "forward default/my-nginx:80",
                                "default/first-listed"));
        // One target group per Ingress, Service and port (buildTargetGroupResourceID), in rule order.
        assertThat(plan.targetGroups())
                .extracting(TargetGroup::name)
                .containsExactly("default/second-listed-my-nginx:80", "default/first-listed-my-nginx:80");
    }

    @Test
    void failsAGroupWhoseMembersDisagreeOnTheScheme() {
        var plan = onlyPlan(controller(
                List.of(
                        ingress("a", Map.of(CLASS, "alb", GROUP, "shop", SCHEME, "internal"), ROOT),
                        ingress("b", Map.of(CLASS, "alb", GROUP, "shop", SCHEME, "internet-facing"), ROOT)),
                List.of()));

        assertThat(plan.id()).isEqualTo("group.shop");
        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
        assertThat(plan.reason()).isEqualTo("conflicting scheme: [internal internet-facing]");
        assertThat(plan.problems())
                .containsExactly(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[1].annotations",
                        "conflicting scheme: [internal internet-facing]"));
    }

    @Test
    void failsAGroupWithTwoDefaultBackendsOnOnePort() {
        var backend = Map.of("serviceName", "my-nginx", "servicePort", 80);
        var plan = onlyPlan(controller(
                List.of(
                        ingress("a", null, Map.of(CLASS, "alb", GROUP, "shop"), ROOT, backend),
                        ingress("b", null, Map.of(CLASS, "alb", GROUP, "shop"), ROOT, backend)),
                List.of()));

        assertThat(plan.type()).isNull();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(tuple(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[1].defaultBackend",
                        "multiple ingress defined default backend: [default/a default/b] on port 80"));
    }

    @Test
    void forwardsTheDefaultRuleToTheDefaultBackend() {
        var backend = Map.of("serviceName", "my-nginx", "servicePort", 80);
        var plan = onlyPlan(
                controller(List.of(ingress("web", null, Map.of(CLASS, "alb"), List.of(), backend)), List.of()));

        assertThat(plan.listeners()).containsExactly(new Listener("HTTP", 80, "forward default/my-nginx:80"));
        assertThat(plan.rules()).isEmpty();
        assertThat(plan.targetGroups()).hasSize(1);
    }

    @Test
    void needsANodePortForInstanceTargets() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb"), ROOT)), List.of())
                .set("services[0].type", "ClusterIP")
                .set("services[0].ports[0].nodePort", null));

        // One target group that cannot be built fails the whole ALB (BuildFailureTests).
        assertThat(plan.type()).isNull();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple(ProblemCode.LB_NODEPORT_REQUIRED, "services[0].type"),
                        tuple(ProblemCode.LB_BUILD_FAILED, "services[0].type"));
        assertThat(plan.problems().get(0).message())
                .startsWith("TargetGroup port is empty. When using Instance targets, your service be must of type"
                        + " 'NodePort' or 'LoadBalancer'");
    }

    @Test
    void sendsStraightToThePodsWithIpTargetsEvenForAClusterIpService() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb"), ROOT)), List.of())
                .set("services[0].type", "ClusterIP")
                .set("services[0].ports[0].nodePort", null)
                .set("services[0].annotations", Map.of(TARGET, "ip")));

        assertThat(plan.targetType()).isEqualTo(TargetType.IP);
        var group = plan.targetGroups().get(0);
        assertThat(group.port()).isEqualTo(80);
        assertThat(group.targets()).hasSize(4).extracting(Target::port).containsOnly(80);
        assertThat(plan.paths())
                .allSatisfy(path -> assertThat(path.hops()).noneMatch(hop -> hop.contains("kube-proxy")));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void letsTheServiceTargetTypeWinOverTheIngress() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb", TARGET, "ip"), ROOT)), List.of())
                .set("services[0].annotations", Map.of(TARGET, "instance")));

        assertThat(plan.targetType()).isEqualTo(TargetType.INSTANCE);
    }

    @Test
    void marksNodesWithoutALocalPodUnhealthyUnderLocal() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb"), ROOT)), List.of())
                .set("workloads[0].placement", "PACK")
                .set("nodeGroups[0].maxPods", 5)
                .set("services[0].externalTrafficPolicy", "Local"));

        var targets = plan.targetGroups().get(0).targets();
        assertThat(targets.stream().filter(Target::healthy)).hasSize(2);
        assertThat(targets.stream().filter(target -> !target.healthy()))
                .hasSize(2)
                .allSatisfy(target -> assertThat(target.reason()).startsWith("no local endpoint"));
    }

    @Test
    void needsSubnetsInTwoAzsForAnAlb() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb"), ROOT)), List.of())
                .set("subnets[4].tags", Map.of())
                .set("subnets[5].tags", Map.of()));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo("subnets count less than minimal required count: 1 < 2");
        assertThat(plan.problems())
                .containsExactly(new Problem(
                        ProblemCode.ALB_SUBNET_AZ_COUNT,
                        "subnets",
                        "the internal ALB ingress.default.web: subnets count less than minimal required count: 1 < 2"));
    }

    @Test
    void ordersExactPathsFirstThenLongerPrefixes() {
        var paths = List.of(
                path("/a", "Prefix", "my-nginx"),
                path("/impl/*", "ImplementationSpecific", "my-nginx"),
                path("/abc/", "Prefix", "my-nginx"),
                path("/", "Prefix", "my-nginx"),
                path("/exact", "Exact", "my-nginx"),
                path("/ab", "Prefix", "my-nginx"));
        var web = ingress("web", Map.of(CLASS, "alb"), paths);
        web.put("rules", List.of(Map.of("host", "shop.example.com", "paths", paths)));

        var plan = onlyPlan(controller(List.of(web), List.of()));

        assertThat(plan.rules()).extracting(Rule::priority).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.rules())
                .extracting(Rule::conditions)
                .containsExactly(
                        List.of("host-header: shop.example.com", "path-pattern: /exact"),
                        List.of("host-header: shop.example.com", "path-pattern: /abc, /abc/*"),
                        List.of("host-header: shop.example.com", "path-pattern: /ab, /ab/*"),
                        List.of("host-header: shop.example.com", "path-pattern: /a, /a/*"),
                        List.of("host-header: shop.example.com", "path-pattern: /*"),
                        List.of("host-header: shop.example.com", "path-pattern: /impl/*"));
    }

    @Test
    void keepsRulesPerListenerPort() {
        var plan = onlyPlan(controller(
                List.of(ingress(
                        "web",
                        Map.of(
                                CLASS,
                                "alb",
                                "alb.ingress.kubernetes.io/listen-ports",
                                "[{\"HTTP\": 80}, {\"HTTPS\": 443}]"),
                        ROOT)),
                List.of()));

        assertThat(plan.listeners())
                .containsExactly(
                        new Listener("HTTP", 80, "fixed-response 404"),
                        new Listener("HTTPS", 443, "fixed-response 404", List.of(), "ELBSecurityPolicy-2016-08"));
        assertThat(plan.rules())
                .extracting(Rule::listenerPort, Rule::priority)
                .containsExactly(tuple(80, 1), tuple(443, 1));
    }

    static Stream<Arguments> invalidGroups() {
        return Stream.of(
                Arguments.of(
                        Map.of(CLASS, "alb", GROUP, "Shop_1"),
                        ProblemCode.INGRESS_GROUP_NAME_INVALID,
                        "Ingress default/web, group Shop_1: groupName must consist of lower case alphanumeric"
                                + " characters, '-' or '.', and must start and end with an alphanumeric character"),
                Arguments.of(
                        Map.of(CLASS, "alb", GROUP, "a".repeat(64)),
                        ProblemCode.INGRESS_GROUP_NAME_INVALID,
                        "Ingress default/web, group " + "a".repeat(64)
                                + ": groupName must be no more than 63 characters"),
                Arguments.of(
                        Map.of(CLASS, "alb", GROUP, "shop", ORDER, "1001"),
                        ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                        "explicit Ingress group order must be within [-1000:1000], Ingress: default/web, order: 1001"),
                Arguments.of(
                        Map.of(CLASS, "alb", GROUP, "shop", ORDER, "first"),
                        ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                        "failed to load Ingress group order for ingress: default/web: strconv.ParseInt: parsing"
                                + " \"first\": invalid syntax"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("invalidGroups")
    void buildsNoAlbForAnInvalidGroupNameOrOrder(Map<String, String> annotations, ProblemCode code, String message) {
        var plan = onlyPlan(controller(List.of(ingress("web", annotations, ROOT)), List.of()));

        assertThat(plan.type()).isNull();
        assertThat(plan.problems()).containsExactly(new Problem(code, "ingresses[0].annotations", message));
    }

    @Test
    void answersAMissingBackendWithAFixed503() {
        var plan = onlyPlan(controller(
                List.of(ingress(
                        "web",
                        Map.of(CLASS, "alb"),
                        List.of(path("/old", "Prefix", "gone"), path("/", "Prefix", "my-nginx")))),
                List.of()));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.rules())
                .extracting(Rule::action)
                .containsExactly("fixed-response 503", "forward default/my-nginx:80");
        assertThat(plan.problems())
                .containsExactly(new Problem(
                        ProblemCode.INGRESS_BACKEND_MISSING,
                        "ingresses[0].rules[0].paths[0].serviceName",
                        "Ingress default/web routes to a missing backend: Service default/gone does not exist; the"
                                + " controller answers those requests with a fixed 503 response"));
    }

    @Test
    void listsIngressesAfterServicesInTopologyOrder() {
        var ingresses = new ArrayList<Map<String, Object>>();
        ingresses.add(ingress("z", Map.of(CLASS, "alb", GROUP, "shop"), ROOT));
        ingresses.add(ingress("nginx", Map.of(CLASS, "nginx"), ROOT));
        ingresses.add(ingress("a", Map.of(CLASS, "alb", GROUP, "shop"), ROOT));

        var plans = ingressPlans(controller(ingresses, List.of()));

        assertThat(plans).extracting(LoadBalancerPlan::id).containsExactly("group.shop", "ingress.default.nginx");
        assertThat(plans.get(0).source()).containsExactly("Ingress default/a", "Ingress default/z");
    }
}
