package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AWS Load Balancer Controller's NLB listeners and target groups per Service port (aws-load-balancer-controller
 * v3.5.0, {@code pkg/service/model_build_listener.go}, {@code buildListenersLegacy}, {@code
 * buildListenersWithTCPUDPSupport}, {@code validateMultiProtocolUsage}; src/docs/reference/aws-load-balancers.md,
 * Corrections 10).
 */
class NlbPortsTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String TCP_UDP = S + "aws-load-balancer-enable-tcp-udp-listener";

    static Map<String, Object> port(String name, int number, String protocol) {
        return Map.of("name", name, "port", number, "targetPort", number, "protocol", protocol);
    }

    /** The canonical Service under the controller (webhook on) with {@code ports} and {@code annotations}. */
    static LoadBalancerPlan nlb(List<?> ports, Map<String, String> annotations) {
        var topology = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("services[0].ports", ports)
                .set("services[0].annotations", annotations)
                .topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(topology, Scenario.DESIRED);
        return new LoadBalancerPlanner().plan(topology, ipPlan).get(0);
    }

    @Test
    void givesAUdpPortAUdpListenerAndTargetGroup() {
        var plan = nlb(List.of(port("dns", 53, "UDP")), Map.of());

        assertThat(plan.listeners()).containsExactly(new Listener("UDP", 53));
        assertThat(plan.targetGroups())
                .extracting(TargetGroup::name, TargetGroup::protocol)
                .containsExactly(tuple("default/my-nginx:53", "UDP"));
    }

    @Test
    void dropsTheSecondPortOfOneNumberWhileTcpUdpListenersAreOff() {
        var plan = nlb(List.of(port("dns-tcp", 53, "TCP"), port("dns-udp", 53, "UDP")), Map.of());

        assertThat(plan.listeners()).containsExactly(new Listener("TCP", 53));
        assertThat(plan.targetGroups()).extracting(TargetGroup::protocol).containsExactly("TCP");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.NLB_PORT_DROPPED, "services[0].annotations"));
        assertThat(plan.problems().get(0).message()).contains("port 53/UDP gets no listener");
    }

    @Test
    void mergesTcpAndUdpOnOneNumberIntoTcpUdpWhenTheServiceAsks() {
        var plan = nlb(List.of(port("dns-udp", 53, "UDP"), port("dns-tcp", 53, "TCP")), Map.of(TCP_UDP, "true"));

        assertThat(plan.listeners()).containsExactly(new Listener("TCP_UDP", 53));
        assertThat(plan.targetGroups())
                .extracting(TargetGroup::name, TargetGroup::protocol)
                .containsExactly(tuple("default/my-nginx:53", "TCP_UDP"));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void keepsATcpUdpListenerPlainWhenTheServiceHasACertificate() {
        var plan = nlb(
                List.of(port("dns-tcp", 53, "TCP"), port("dns-udp", 53, "UDP"), port("https", 443, "TCP")),
                Map.of(
                        TCP_UDP,
                        "true",
                        S + "aws-load-balancer-ssl-cert",
                        "arn:aws:acm:ap-northeast-2:1:certificate/a"));

        assertThat(plan.listeners())
                .extracting(Listener::protocol, Listener::port)
                .containsExactly(tuple("TCP_UDP", 53), tuple("TLS", 443));
    }

    @Test
    void keepsTheGateDefaultWhenTheTcpUdpAnnotationIsNoBool() {
        var plan = nlb(List.of(port("dns-tcp", 53, "TCP"), port("dns-udp", 53, "UDP")), Map.of(TCP_UDP, "yes"));

        assertThat(plan.listeners()).containsExactly(new Listener("TCP", 53));
        assertThat(plan.problems()).extracting(Problem::code).containsExactly(ProblemCode.NLB_PORT_DROPPED);
    }

    static Stream<Arguments> unmergeable() {
        return Stream.of(
                Arguments.of(
                        List.of(port("a", 53, "TCP"), port("b", 53, "UDP"), port("c", 53, "SCTP")),
                        "can only merge two ports, not 3"),
                Arguments.of(
                        List.of(port("a", 53, "TCP"), port("b", 53, "SCTP")),
                        "unsupported protocol for merging: SCTP"));
    }

    @ParameterizedTest
    @MethodSource("unmergeable")
    void failsTheNlbOnPortsOfOneNumberThatDoNotMerge(List<?> ports, String message) {
        var plan = nlb(ports, Map.of(TCP_UDP, "true"));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo(message);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].ports"));
    }

    @Test
    void givesTlsToTcpPortsOnlyAndATlsTargetGroupWithAnSslBackend() {
        var cert = "arn:aws:acm:ap-northeast-2:111122223333:certificate/edge";
        var plan = nlb(
                List.of(port("https", 443, "TCP"), port("quic", 443, "UDP"), port("dns", 53, "UDP")),
                Map.of(
                        S + "aws-load-balancer-ssl-cert",
                        cert,
                        S + "aws-load-balancer-backend-protocol",
                        "ssl",
                        TCP_UDP,
                        "false"));

        assertThat(plan.listeners())
                .extracting(Listener::protocol, Listener::port)
                .containsExactly(tuple("TLS", 443), tuple("UDP", 53));
        assertThat(plan.targetGroups())
                .extracting(TargetGroup::name, TargetGroup::protocol)
                .containsExactly(tuple("default/my-nginx:443", "TLS"), tuple("default/my-nginx:53", "UDP"));
    }

    @Test
    void followsEveryPortsTargetGroupInPathsAndTraffic() {
        var plan = nlb(List.of(port("http", 80, "TCP"), port("dns", 53, "UDP")), Map.of());

        assertThat(plan.paths())
                .extracting(PacketPath::targetGroup)
                .containsOnly("default/my-nginx:80", "default/my-nginx:53");
        assertThat(plan.paths().stream().mapToDouble(PacketPath::share).sum()).isCloseTo(1.0, within(1e-6));
        var nodePorts =
                plan.targetGroups().stream().map(group -> ":" + group.port()).toList();
        assertThat(plan.paths())
                .allSatisfy(path -> assertThat(nodePorts.stream()
                                .anyMatch(port -> path.hops().get(2).endsWith(port)))
                        .isTrue());
        assertThat(plan.paths())
                .filteredOn(path -> path.targetGroup().equals("default/my-nginx:53"))
                .allSatisfy(path -> assertThat(path.hops().get(2))
                        .endsWith(":" + plan.targetGroups().get(1).port()));
    }
}
