package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Service TLS annotations under the three profiles (src/docs/reference/aws-load-balancers.md §11): the legacy
 * provider gives a CLB SSL or HTTPS listeners per {@code aws-load-balancer-ssl-cert}, {@code -ssl-ports} and {@code
 * -backend-protocol} and its NLB TLS listeners (cloud-provider-aws {@code pkg/providers/v1/aws.go}, {@code
 * buildListener}, {@code getPortSets}, {@code EnsureLoadBalancer}); under the controller with its webhook the NLB is
 * the controller's, without it a plain Service stays the legacy provider's CLB.
 */
class LegacyTlsTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/web";
    static final String LEGACY = "LEGACY";
    static final String LBC = "AWS_LOAD_BALANCER_CONTROLLER";

    static Map<String, String> annotations(String... pairs) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(S + pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The canonical Service with an HTTP port 80 and an port https 443, under the given profile. */
    static LoadBalancerPlan plan(String controller, boolean webhook, Map<String, String> annotations) {
        Topologies topology = LoadBalancerPlannerTests.profile(controller, webhook, annotations, null)
                .set(
                        "services[0].ports",
                        List.of(
                                Map.of("name", "http", "port", 80, "targetPort", 80, "nodePort", 30686),
                                Map.of("name", "https", "port", 443, "targetPort", 80, "nodePort", 30687)));
        return LoadBalancerPlannerTests.plan(topology);
    }

    static Stream<Arguments> listeners() {
        var policy = "ELBSecurityPolicy-TLS-1-2-2017-01";
        return Stream.of(
                Arguments.of(
                        "legacy CLB: a certificate makes every port SSL to TCP",
                        LEGACY,
                        false,
                        annotations("aws-load-balancer-ssl-cert", CERT),
                        List.of(
                                new Listener("SSL", 80, null, List.of(CERT), null),
                                new Listener("SSL", 443, null, List.of(CERT), null))),
                Arguments.of(
                        "legacy CLB: ssl-ports picks a port by name; http backend gives HTTPS and HTTP",
                        LEGACY,
                        false,
                        annotations(
                                "aws-load-balancer-ssl-cert",
                                CERT,
                                "aws-load-balancer-ssl-ports",
                                "https",
                                "aws-load-balancer-backend-protocol",
                                "http",
                                "aws-load-balancer-ssl-negotiation-policy",
                                policy),
                        List.of(new Listener("HTTP", 80), new Listener("HTTPS", 443, null, List.of(CERT), policy))),
                Arguments.of(
                        "legacy CLB: ssl-ports entries are not trimmed, so ' 443' selects nothing",
                        LEGACY,
                        false,
                        annotations("aws-load-balancer-ssl-cert", CERT, "aws-load-balancer-ssl-ports", "80, 443"),
                        List.of(new Listener("SSL", 80, null, List.of(CERT), null), new Listener("TCP", 443))),
                Arguments.of(
                        "legacy CLB: a backend protocol without a certificate",
                        LEGACY,
                        false,
                        annotations("aws-load-balancer-backend-protocol", "http"),
                        List.of(new Listener("HTTP", 80), new Listener("HTTP", 443))),
                Arguments.of(
                        "legacy NLB: TLS on the selected port",
                        LEGACY,
                        false,
                        annotations(
                                "aws-load-balancer-type",
                                "nlb",
                                "aws-load-balancer-ssl-cert",
                                CERT,
                                "aws-load-balancer-ssl-ports",
                                "443"),
                        List.of(new Listener("TCP", 80), new Listener("TLS", 443, null, List.of(CERT), null))),
                Arguments.of(
                        "controller without webhook: a plain Service stays the legacy CLB",
                        LBC,
                        false,
                        annotations("aws-load-balancer-ssl-cert", CERT, "aws-load-balancer-backend-protocol", "ssl"),
                        List.of(
                                new Listener("SSL", 80, null, List.of(CERT), null),
                                new Listener("SSL", 443, null, List.of(CERT), null))),
                Arguments.of(
                        "controller with webhook: the controller's NLB with its default policy",
                        LBC,
                        true,
                        annotations("aws-load-balancer-ssl-cert", CERT, "aws-load-balancer-ssl-ports", "443"),
                        List.of(
                                new Listener("TCP", 80),
                                new Listener("TLS", 443, null, List.of(CERT), "ELBSecurityPolicy-2016-08"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listeners")
    void buildsTheListenersTheOwnerBuilds(
            String name, String controller, boolean webhook, Map<String, String> annotations, List<Listener> expected) {
        var plan = plan(controller, webhook, annotations);

        assertThat(plan.listeners()).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> healthChecks() {
        return Stream.of(
                Arguments.of(Map.of(), "TCP"),
                Arguments.of(annotations("aws-load-balancer-backend-protocol", "ssl"), "SSL"),
                Arguments.of(annotations("aws-load-balancer-backend-protocol", "HTTPS"), "SSL"),
                Arguments.of(annotations("aws-load-balancer-backend-protocol", "http"), "TCP"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("healthChecks")
    void checksAClbOverSslWhenTheBackendSpeaksTls(Map<String, String> annotations, String protocol) {
        var plan = plan(LEGACY, false, annotations);

        assertThat(plan.targetGroups())
                .allSatisfy(group -> assertThat(group.healthCheck().protocol()).isEqualTo(protocol));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profilesWithLegacyClb")
    void failsTheClbOnABackendProtocolTheProviderDoesNotMap(String name, String controller, boolean webhook) {
        var plan = plan(
                controller,
                webhook,
                annotations("aws-load-balancer-ssl-cert", CERT, "aws-load-balancer-backend-protocol", "HTTP"));

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.LEGACY);
        assertThat(plan.reason())
                .isEqualTo("Invalid backend protocol HTTP for " + CERT + " in " + S
                        + "aws-load-balancer-backend-protocol");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
    }

    static Stream<Arguments> profilesWithLegacyClb() {
        return Stream.of(Arguments.of("legacy", LEGACY, false), Arguments.of("controller without webhook", LBC, false));
    }
}
