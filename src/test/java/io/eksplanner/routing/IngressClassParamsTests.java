package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.ALB;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.ingressClass;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IngressClassParams over the Ingress annotations, field by field, as aws-load-balancer-controller v3.5.0 (commit
 * 5982613953df58f3227301b7121abde6abaa2c20) reads them in {@code pkg/ingress} (src/docs/reference/aws-load-balancers.md
 * §8.2): a field that is set wins; one the controller refuses fails the group; a namespaceSelector that does not admit
 * the Ingress's namespace leaves it out silently ({@code class_loader.go}).
 */
class IngressClassParamsTests {

    static final String A = "alb.ingress.kubernetes.io/";
    static final String CERT_CLASS = "arn:aws:acm:ap-northeast-2:111122223333:certificate/class";
    static final String CERT_ANNOTATION = "arn:aws:acm:ap-northeast-2:111122223333:certificate/annotation";
    static final String BOTH_PORTS = "[{\"HTTP\": 80}, {\"HTTPS\": 443}]";

    /** Ingresses of class {@code params}, whose IngressClassParams are {@code parameters}. */
    static Topologies withParameters(Map<String, Object> parameters, List<?> ingresses) {
        return controller(ingresses, List.of(ingressClass("params", ALB, false, parameters)));
    }

    static Map<String, Object> member(String name, String... annotations) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < annotations.length; i += 2) {
            map.put(A + annotations[i], annotations[i + 1]);
        }
        return ingress(name, "params", map, ROOT, null);
    }

    @Test
    void letsTheClassTargetTypeWinOverTheServiceAndIngressAnnotations() {
        var topology = withParameters(Map.of("targetType", "ip"), List.of(member("web", "target-type", "instance")))
                .set("services[0].annotations", Map.of(A + "target-type", "instance"));

        var plan = onlyPlan(topology);

        assertThat(plan.targetType()).isEqualTo(TargetType.IP);
        assertThat(plan.targetGroups().get(0).port()).isEqualTo(80);
    }

    @Test
    void takesTheClassCertificatesAndSslPolicyOverTheAnnotations() {
        var plan = onlyPlan(withParameters(
                Map.of("certificateArn", List.of(CERT_CLASS), "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"),
                List.of(member("web", "certificate-arn", CERT_ANNOTATION, "ssl-policy", "ELBSecurityPolicy-2016-08"))));

        assertThat(plan.listeners())
                .containsExactly(new Listener(
                        "HTTPS",
                        443,
                        "fixed-response 404",
                        List.of(CERT_CLASS),
                        "ELBSecurityPolicy-TLS13-1-2-2021-06"));
    }

    @Test
    void redirectsToTheClassSslRedirectPortAndDropsTheRedirectSilentlyWhenItIsNoNumber() {
        var redirecting = onlyPlan(withParameters(
                Map.of("certificateArn", List.of(CERT_CLASS), "sslRedirectPort", "443"),
                List.of(member("web", "listen-ports", BOTH_PORTS, "ssl-redirect", "8443"))));
        // The class's unparsable port, met first in group order, ends the search: api's annotation is never read.
        var unparsable = onlyPlan(withParameters(
                Map.of("certificateArn", List.of(CERT_CLASS), "sslRedirectPort", "https"),
                List.of(
                        member("web", "group.name", "shop", "group.order", "1", "listen-ports", BOTH_PORTS),
                        ingress(
                                "api",
                                Map.of(
                                        "kubernetes.io/ingress.class",
                                        "alb",
                                        A + "group.name",
                                        "shop",
                                        A + "group.order",
                                        "2",
                                        A + "listen-ports",
                                        BOTH_PORTS,
                                        A + "ssl-redirect",
                                        "443"),
                                ROOT))));

        assertThat(redirecting.listeners()).first().isEqualTo(new Listener("HTTP", 80, "redirect HTTPS:443 301"));
        assertThat(unparsable.listeners()).first().isEqualTo(new Listener("HTTP", 80, "fixed-response 404"));
        assertThat(unparsable.problems()).isEmpty();
    }

    static Stream<Arguments> refusedParameters() {
        return Stream.of(
                Arguments.of(
                        "inboundCIDRs that do not parse",
                        Map.of("inboundCIDRs", List.of("10.0.0.0/8", "10.0.0.0/33")),
                        List.of(member("web", "inbound-cidrs", "0.0.0.0/0")),
                        "ingressClasses[0].parameters.inboundCIDRs",
                        "invalid CIDR in IngressClassParams InboundCIDR 10.0.0.0/33: invalid CIDR address: 10.0.0.0/33"),
                Arguments.of(
                        "a loadBalancerName past 32 characters",
                        Map.of("loadBalancerName", "a-load-balancer-name-of-33-chars-"),
                        List.of(member("web")),
                        "ingresses[0].annotations",
                        "load balancer name cannot be longer than 32 characters"),
                Arguments.of(
                        "class subnets beside a member's subnets annotation",
                        Map.of("subnets", Map.of("ids", List.of("public-a", "public-b"))),
                        List.of(
                                member("web", "group.name", "shop"),
                                ingress(
                                        "api",
                                        Map.of(
                                                "kubernetes.io/ingress.class",
                                                "alb",
                                                A + "group.name",
                                                "shop",
                                                A + "subnets",
                                                "public-a,public-c"),
                                        ROOT)),
                        "ingresses[1].annotations",
                        "conflicting subnet specifications: IngressClassParams versus annotation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedParameters")
    void failsTheGroupOnAClassSettingTheControllerRefuses(
            String name, Map<String, Object> parameters, List<?> ingresses, String path, String message) {
        var plans = IngressPlannerTests.ingressPlans(withParameters(parameters, ingresses));

        assertThat(plans.get(0).type()).isNull();
        assertThat(plans.get(0).reason()).contains(message);
        assertThat(plans.get(0).problems())
                .extracting(Problem::code, Problem::path)
                .contains(tuple(ProblemCode.LB_BUILD_FAILED, path));
    }

    @Test
    void resolvesTheConflictsTheClassSettles() {
        var parameters = Map.<String, Object>of(
                "loadBalancerName", "shop",
                "tags", Map.of("team", "payments"),
                "loadBalancerAttributes", Map.of("idle_timeout.timeout_seconds", "120"));
        var plan = onlyPlan(withParameters(
                parameters,
                List.of(
                        member(
                                "web",
                                "group.name",
                                "shop",
                                "load-balancer-name",
                                "web",
                                "tags",
                                "team=web",
                                "load-balancer-attributes",
                                "idle_timeout.timeout_seconds=60"),
                        member(
                                "api",
                                "group.name",
                                "shop",
                                "load-balancer-name",
                                "api",
                                "tags",
                                "team=payments",
                                "load-balancer-attributes",
                                "idle_timeout.timeout_seconds=30"))));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void failsOnAnnotationConflictsNoClassSettles() {
        var plan = onlyPlan(withParameters(
                Map.of("scheme", "internal"),
                List.of(
                        member("web", "group.name", "shop", "tags", "team=web"),
                        member("api", "group.name", "shop", "tags", "team=payments"))));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).contains("conflicting tag team: payments | web");
    }

    @Test
    void choosesTheSubnetsTheClassTagSelectorMatches() {
        var topology = withParameters(
                        Map.of(
                                "scheme",
                                "internet-facing",
                                "subnets",
                                Map.of("tags", Map.of("tier", List.of("edge", "dmz")))),
                        List.of(member("web", "subnets", "public-a,public-b,public-c")))
                .set("subnets[1].tags", Map.of("kubernetes.io/role/elb", "1", "tier", "edge"))
                .set("subnets[2].tags", Map.of("kubernetes.io/role/elb", "1", "tier", "dmz"));

        var plan = onlyPlan(topology);

        assertThat(plan.subnets())
                .containsExactly(
                        new LbSubnet("public-b", "ap-northeast-2b"), new LbSubnet("public-c", "ap-northeast-2c"));
    }

    static Stream<Arguments> namespaceSelectors() {
        return Stream.of(
                Arguments.of(Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "default")), true),
                Arguments.of(Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "prod")), false),
                Arguments.of(
                        Map.of(
                                "matchExpressions",
                                List.of(Map.of(
                                        "key",
                                        "kubernetes.io/metadata.name",
                                        "operator",
                                        "In",
                                        "values",
                                        List.of("prod", "default")))),
                        true),
                Arguments.of(Map.of("matchExpressions", List.of(Map.of("key", "team", "operator", "Exists"))), false));
    }

    @ParameterizedTest
    @MethodSource("namespaceSelectors")
    void takesAnIngressOnlyFromNamespacesTheSelectorAdmits(Map<String, Object> selector, boolean taken) {
        var plan = onlyPlan(withParameters(Map.of("namespaceSelector", selector), List.of(member("web"))));

        if (taken) {
            assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        } else {
            assertThat(plan.type()).isNull();
            assertThat(plan.owner()).isNull();
            assertThat(plan.reason())
                    .isEqualTo("invalid ingress class: namespaceSelector of IngressClassParams params mismatch");
            assertThat(plan.problems()).isEmpty();
        }
    }
}
