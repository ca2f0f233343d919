package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.CLASS;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.ingressPlans;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ALB's TLS as the controller builds it: certificate-arn makes the default listen port HTTPS:443, ssl-policy (else
 * ELBSecurityPolicy-2016-08) and the certificates go on each HTTPS listener, ssl-redirect gives HTTP listeners a
 * single 301 and no rules (aws-load-balancer-controller v3.5.0 {@code pkg/ingress/model_build_listener.go}, {@code
 * model_builder.go} {@code buildSSLRedirectConfig}, {@code mergeListenPortConfigs}).
 */
class TlsTests {

    static final String A = "alb.ingress.kubernetes.io/";
    static final String CERT_1 = "arn:aws:acm:ap-northeast-2:111122223333:certificate/one";
    static final String CERT_2 = "arn:aws:acm:ap-northeast-2:111122223333:certificate/two";
    static final String BOTH_PORTS = "[{\"HTTP\": 80}, {\"HTTPS\": 443}]";

    static Map<String, String> annotations(String... pairs) {
        var map = new HashMap<String, String>(Map.of(CLASS, "alb"));
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(A + pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void makesHttps443TheDefaultListenPortWhenACertificateIsGiven() {
        var plan =
                onlyPlan(controller(List.of(ingress("web", annotations("certificate-arn", CERT_1), ROOT)), List.of()));

        assertThat(plan.listeners())
                .containsExactly(
                        new Listener("HTTPS", 443, "fixed-response 404", List.of(CERT_1), ListenerTlsDefaults.POLICY));
    }

    @Test
    void redirectsHttpToHttpsWithA301AndNoRules() {
        var plan = onlyPlan(controller(
                List.of(ingress(
                        "web",
                        annotations(
                                "certificate-arn",
                                CERT_1 + ", " + CERT_2,
                                "listen-ports",
                                BOTH_PORTS,
                                "ssl-redirect",
                                "443",
                                "ssl-policy",
                                "ELBSecurityPolicy-TLS13-1-2-2021-06"),
                        ROOT)),
                List.of()));

        assertThat(plan.listeners())
                .containsExactly(
                        new Listener("HTTP", 80, "redirect HTTPS:443 301"),
                        new Listener(
                                "HTTPS",
                                443,
                                "fixed-response 404",
                                List.of(CERT_1, CERT_2),
                                "ELBSecurityPolicy-TLS13-1-2-2021-06"));
        assertThat(plan.rules()).extracting(Rule::listenerPort).containsOnly(443);
    }

    @Test
    void mergesAGroupsCertificatesTheFirstMembersFirstOneTheDefault() {
        var plans = ingressPlans(controller(
                List.of(
                        ingress("a", annotations("group.name", "shop", "certificate-arn", CERT_2), ROOT),
                        ingress(
                                "b",
                                annotations("group.name", "shop", "certificate-arn", CERT_1 + "," + CERT_2),
                                ROOT)),
                List.of()));

        assertThat(plans.get(0).listeners())
                .extracting(Listener::certificates)
                .containsExactly(List.of(CERT_2, CERT_1));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "ssl-redirect to an HTTP port",
                        List.of(annotations("listen-ports", BOTH_PORTS, "ssl-redirect", "80")),
                        ProblemCode.LB_BUILD_FAILED,
                        "listener protocol non-SSL for SSLRedirect port: 80"),
                Arguments.of(
                        "ssl-redirect to a port without listener",
                        List.of(annotations("listen-ports", BOTH_PORTS, "ssl-redirect", "8443")),
                        ProblemCode.LB_BUILD_FAILED,
                        "listener does not exist for SSLRedirect port: 8443"),
                Arguments.of(
                        "ssl-redirect that is no integer",
                        List.of(annotations("listen-ports", BOTH_PORTS, "ssl-redirect", "https")),
                        ProblemCode.LB_BUILD_FAILED,
                        "failed to parse int32 annotation, alb.ingress.kubernetes.io/ssl-redirect: https"),
                Arguments.of(
                        "two ssl-redirect ports in a group",
                        List.of(
                                annotations("group.name", "shop", "listen-ports", BOTH_PORTS, "ssl-redirect", "443"),
                                annotations(
                                        "group.name",
                                        "shop",
                                        "listen-ports",
                                        "[{\"HTTPS\": 8443}]",
                                        "ssl-redirect",
                                        "8443")),
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "conflicting sslRedirect port: [443 8443]"),
                Arguments.of(
                        "two SSL policies on one port",
                        List.of(
                                annotations("group.name", "shop", "certificate-arn", CERT_1, "ssl-policy", "P1"),
                                annotations("group.name", "shop", "certificate-arn", CERT_1, "ssl-policy", "P2")),
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "conflicting sslPolicy, default/web0: P1 | default/web1: P2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void failsTheGroupOnTlsSettingsTheControllerRefuses(
            String name, List<Map<String, String>> members, ProblemCode code, String message) {
        var ingresses = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < members.size(); i++) {
            ingresses.add(ingress("web" + i, members.get(i), ROOT));
        }
        var plans = ingressPlans(controller(ingresses, List.of()));

        assertThat(plans.get(0).type()).isNull();
        assertThat(plans.get(0).reason()).contains(message);
        assertThat(plans.get(0).problems())
                .extracting(Problem::code, problem -> problem.message().startsWith(message))
                .contains(tuple(code, true));
    }

    /** The controller's --default-ssl-policy. */
    static final class ListenerTlsDefaults {
        static final String POLICY = "ELBSecurityPolicy-2016-08";
    }
}
