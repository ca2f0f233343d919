package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The legacy cloud provider refuses mixed protocols and a protocol its load balancer cannot carry: a CLB only TCP, an
 * NLB TCP and UDP (cloud-provider-aws {@code pkg/providers/v1/aws.go}, {@code checkMixedProtocol}, {@code
 * checkProtocol}).
 */
class LegacyProtocolTests {

    static final String TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";

    static Map<String, Object> port(String name, int port, int nodePort, String protocol) {
        return Map.of("name", name, "port", port, "targetPort", port, "nodePort", nodePort, "protocol", protocol);
    }

    static Stream<Arguments> protocols() {
        var tcp = port("http", 80, 30686, "TCP");
        var udp = port("dns", 53, 30053, "UDP");
        var udp2 = port("syslog", 514, 30514, "UDP");
        var clb = Map.<String, String>of();
        var nlb = Map.of(TYPE, "nlb");
        return Stream.of(
                Arguments.of("a TCP CLB", clb, List.of(tcp), LoadBalancerType.CLB, null, null),
                Arguments.of(
                        "a UDP CLB", clb, List.of(udp), null, "ports[0]", "Protocol UDP not supported by LoadBalancer"),
                Arguments.of("a UDP NLB", nlb, List.of(udp, udp2), LoadBalancerType.NLB, null, null),
                Arguments.of(
                        "a TCP and UDP NLB",
                        nlb,
                        List.of(tcp, udp),
                        null,
                        "ports[1]",
                        "mixed protocol is not supported for LoadBalancer"),
                Arguments.of(
                        "a TCP and UDP CLB",
                        clb,
                        List.of(tcp, udp),
                        null,
                        "ports[1]",
                        "mixed protocol is not supported for LoadBalancer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void refusesTheProtocolsTheLegacyProviderRefuses(
            String name,
            Map<String, String> annotations,
            List<?> ports,
            LoadBalancerType type,
            String port,
            String reason) {
        var plan = LoadBalancerPlannerTests.plan(LoadBalancerPlannerTests.profile("LEGACY", false, annotations, null)
                .set("services[0].ports", ports));

        assertThat(plan.type()).isEqualTo(type);
        if (type == null) {
            assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.LEGACY);
            assertThat(plan.reason()).isEqualTo(reason);
            assertThat(plan.problems())
                    .extracting(Problem::code, Problem::path)
                    .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0]." + port + ".protocol"));
        } else {
            assertThat(plan.listeners()).hasSize(ports.size());
        }
    }
}
