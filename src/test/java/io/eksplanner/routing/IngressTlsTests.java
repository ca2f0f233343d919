package io.eksplanner.routing;

import static io.eksplanner.routing.ActionsAndConditionsTests.LBC;
import static io.eksplanner.routing.ActionsAndConditionsTests.LEGACY;
import static io.eksplanner.routing.ActionsAndConditionsTests.ingress;
import static io.eksplanner.routing.ActionsAndConditionsTests.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An Ingress's {@code tls} section as aws-load-balancer-controller v3.5.0 reads it (src/docs/reference/aws-load-
 * balancers.md §8.4, Corrections 6): its hosts, with the rules' hosts, name the ACM certificates the controller
 * discovers for an HTTPS listen port when no certificate-arn is given ({@code pkg/ingress/model_build_listener.go},
 * {@code computeIngressInferredTLSCertARNs}); it never makes a listen port HTTPS by itself ({@code
 * computeIngressListenPorts}).
 */
class IngressTlsTests {

    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/web";

    static Map<String, Object> withTls(Map<String, Object> ingress, String... hosts) {
        var copy = new LinkedHashMap<>(ingress);
        copy.put("tls", List.of(Map.of("hosts", List.of(hosts), "secretName", "web-tls")));
        return copy;
    }

    static Stream<Arguments> profiles() {
        return ActionsAndConditionsTests.profiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void discoversCertificatesForTheTlsAndRuleHostsOnAnHttpsPort(String name, boolean webhook) {
        var ingress =
                withTls(ingress("web", Map.of("listen-ports", "[{\"HTTPS\": 443}]"), "blue", 80), "www.example.com");

        var plan = plan(LBC, webhook, ingress);

        assertThat(plan.listeners())
                .containsExactly(new Listener(
                        "HTTPS",
                        443,
                        "fixed-response 404",
                        List.of("acm-discovery:shop.example.com", "acm-discovery:www.example.com"),
                        "ELBSecurityPolicy-2016-08"));
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.ALB_CERTIFICATES_DISCOVERED, "ingresses[0].tls"));
        assertThat(plan.problems().get(0).message())
                .contains("shop.example.com, www.example.com")
                .contains("assumes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void listensOnPlainHttpWhenOnlyTheTlsSectionAsksForTls(String name, boolean webhook) {
        var plan = plan(LBC, webhook, withTls(ingress("web", Map.of(), "blue", 80), "www.example.com"));

        assertThat(plan.listeners()).containsExactly(new Listener("HTTP", 80, "fixed-response 404"));
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.INGRESS_TLS_IGNORED, "ingresses[0].tls"));
    }

    @Test
    void takesTheGivenCertificateOverDiscovery() {
        var ingress = withTls(ingress("web", Map.of("certificate-arn", CERT), "blue", 80), "www.example.com");

        var plan = plan(LBC, true, ingress);

        assertThat(plan.listeners())
                .extracting(Listener::protocol, Listener::port, Listener::certificates)
                .containsExactly(tuple("HTTPS", 443, List.of(CERT)));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void buildsNoAlbUnderTheLegacyProfile() {
        var plan = plan(LEGACY, false, withTls(ingress("web", Map.of("certificate-arn", CERT), "blue", 80), "a.b"));

        assertThat(plan.type()).isNull();
        assertThat(plan.listeners()).isEmpty();
    }
}
