package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The controller's NLB gives TLS listeners to the ssl-ports when ssl-cert is set, with and without its webhook
 * (aws-load-balancer-controller v3.5.0 {@code pkg/service/model_build_listener.go}, {@code buildListenerSpec}).
 */
class NlbTlsTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/api";
    static final String POLICY = "ELBSecurityPolicy-2016-08";

    static Map<String, Object> port(String name, int port, int nodePort, String protocol) {
        return Map.of("name", name, "port", port, "targetPort", port, "nodePort", nodePort, "protocol", protocol);
    }

    static Stream<Arguments> listeners() {
        var https = port("https", 443, 30443, "TCP");
        var http = port("http", 80, 30686, "TCP");
        var dns = port("dns", 53, 30053, "UDP");
        return Stream.of(
                Arguments.of(
                        true,
                        Map.of(S + "aws-load-balancer-ssl-cert", CERT),
                        List.of(https, http),
                        List.of(
                                new Listener("TLS", 443, null, List.of(CERT), POLICY),
                                new Listener("TLS", 80, null, List.of(CERT), POLICY))),
                Arguments.of(
                        true,
                        Map.of(S + "aws-load-balancer-ssl-cert", CERT, S + "aws-load-balancer-ssl-ports", "https"),
                        List.of(https, http),
                        List.of(new Listener("TLS", 443, null, List.of(CERT), POLICY), new Listener("TCP", 80))),
                Arguments.of(
                        false,
                        Map.of(
                                S + "aws-load-balancer-type",
                                "nlb-ip",
                                S + "aws-load-balancer-ssl-cert",
                                CERT,
                                S + "aws-load-balancer-ssl-ports",
                                "443",
                                S + "aws-load-balancer-ssl-negotiation-policy",
                                "ELBSecurityPolicy-TLS13-1-2-2021-06"),
                        List.of(https, http),
                        List.of(
                                new Listener("TLS", 443, null, List.of(CERT), "ELBSecurityPolicy-TLS13-1-2-2021-06"),
                                new Listener("TCP", 80))),
                Arguments.of(
                        true,
                        Map.of(S + "aws-load-balancer-ssl-cert", CERT),
                        List.of(https, port("dns", 53, 30053, "UDP")),
                        List.of(new Listener("TLS", 443, null, List.of(CERT), POLICY), new Listener("UDP", 53))),
                Arguments.of(
                        true,
                        Map.of(),
                        List.of(https, dns),
                        List.of(new Listener("TCP", 443), new Listener("UDP", 53))));
    }

    @ParameterizedTest(name = "webhook {0}: {1}")
    @MethodSource("listeners")
    void givesTheSslPortsTlsListeners(
            boolean webhook, Map<String, String> annotations, List<?> ports, List<Listener> expected) {
        var plan = LoadBalancerPlannerTests.plan(LoadBalancerPlannerTests.profile(
                        "AWS_LOAD_BALANCER_CONTROLLER", webhook, new HashMap<>(annotations), null)
                .set("services[0].ports", ports));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.listeners()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "webhook {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true})
    void failsOnAnSslPortTheServiceDoesNotHave(boolean webhook) {
        var plan = LoadBalancerPlannerTests.plan(LoadBalancerPlannerTests.profile(
                "AWS_LOAD_BALANCER_CONTROLLER",
                webhook,
                Map.of(S + "aws-load-balancer-ssl-cert", CERT, S + "aws-load-balancer-ssl-ports", "443, metrics"),
                null));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo("Unused port in ssl-ports annotation [443 metrics]");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
    }
}
