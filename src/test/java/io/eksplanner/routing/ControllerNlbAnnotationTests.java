package io.eksplanner.routing;

import static io.eksplanner.routing.LoadBalancerPlannerTests.plan;
import static io.eksplanner.routing.LoadBalancerPlannerTests.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The controller's NLB health-check protocol and port, ALPN policy and IP address type, as aws-load-balancer-controller
 * v3.5.0 reads them ({@code pkg/service/model_build_target_group.go}, {@code buildTargetGroupHealthCheckProtocol},
 * {@code buildTargetGroupHealthCheckPort}; {@code pkg/service/model_build_listener.go}, {@code
 * buildListenerALPNPolicy}; {@code pkg/service/model_build_load_balancer.go}, {@code buildLoadBalancerIPAddressType},
 * {@code getLoadBalancerAttributes}), and the target-group attribute and proxy-protocol checks of {@code
 * buildTargetGroupAttributes}.
 */
class ControllerNlbAnnotationTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String HC_PORT = S + "aws-load-balancer-healthcheck-port";
    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/api";

    static Topologies nlb(String target, Map<String, String> extra) {
        var annotations = new HashMap<String, String>(extra);
        annotations.put(S + "aws-load-balancer-type", "external");
        annotations.put(S + "aws-load-balancer-nlb-target-type", target);
        return profile("AWS_LOAD_BALANCER_CONTROLLER", false, annotations, null)
                .set(
                        "services[0].ports",
                        List.of(
                                Map.of("name", "http", "port", 80, "targetPort", 8080, "nodePort", 30686),
                                Map.of("name", "admin", "port", 9000, "targetPort", "admin", "nodePort", 30900)));
    }

    /** A named health-check port: the port's NodePort for instance targets, its numeric targetPort for ip ones. */
    static Stream<Arguments> resolvedPorts() {
        return Stream.of(
                Arguments.of("instance", "http", "30686"),
                Arguments.of("instance", "admin", "30900"),
                Arguments.of("ip", "http", "8080"),
                Arguments.of("ip", "+8081", "8081"),
                Arguments.of("instance", "traffic-port", "traffic-port"));
    }

    @ParameterizedTest(name = "{0} healthcheck-port {1} → {2}")
    @MethodSource("resolvedPorts")
    void resolvesANamedHealthCheckPortAsTheControllerDoes(String target, String annotation, String port) {
        var plan = plan(nlb(target, Map.of(HC_PORT, annotation)));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.targetGroups())
                .extracting(group -> group.healthCheck().port())
                .containsOnly(port);
    }

    /** Values the controller refuses, failing the NLB (LB_BUILD_FAILED on the annotations). */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "instance",
                        Map.of(HC_PORT, "metrics"),
                        "failed to resolve healthCheckPort: unable to find port metrics on service default/my-nginx"),
                Arguments.of(
                        "ip",
                        Map.of(HC_PORT, "admin"),
                        "cannot use named healthCheckPort for IP TargetType when service's targetPort is a named port"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-healthcheck-protocol", "udp"),
                        "unsupported health check protocol udp"),
                Arguments.of(
                        "ip",
                        Map.of(S + "aws-load-balancer-healthcheck-protocol", "grpc"),
                        "unsupported health check protocol grpc"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-scheme", "Internet-Facing"),
                        "unknown scheme: Internet-Facing"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-quic-enabled-ports", "http"),
                        "Unsupported QUIC upgrade for protocol TCP"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-proxy-protocol", "true"),
                        "invalid value true for Load Balancer proxy protocol v2 annotation, only value currently"
                                + " supported is *"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-proxy-protocol-per-target-group", "80, https"),
                        "invalid port number in proxy-protocol-per-target-group: https"),
                Arguments.of(
                        "ip",
                        Map.of(S + "aws-load-balancer-target-group-attributes", "preserve_client_ip.enabled=yes"),
                        "failed to parse attribute preserve_client_ip.enabled=yes: strconv.ParseBool: parsing"
                                + " \"yes\": invalid syntax"),
                Arguments.of(
                        "ip",
                        Map.of(S + "aws-load-balancer-target-group-attributes.9000", "deregistration_delay"),
                        "failed to parse stringMap annotation, " + S
                                + "aws-load-balancer-target-group-attributes.9000: deregistration_delay"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-attributes", "dns_record.client_routing_policy=zonal"),
                        "invalid dns_record.client_routing_policy set in annotation aws-load-balancer-attributes: got"
                                + " 'zonal' expected one of ['any_availability_zone',"
                                + " 'partial_availability_zone_affinity', 'availability_zone_affinity']"),
                Arguments.of(
                        "instance",
                        Map.of(S + "aws-load-balancer-ip-address-type", "IPv4"),
                        "unknown IPAddressType: IPv4"),
                Arguments.of(
                        "ip",
                        Map.of(S + "aws-load-balancer-ip-address-type", "dualstack-without-public-ipv4"),
                        "unknown IPAddressType: dualstack-without-public-ipv4"),
                Arguments.of(
                        "ip",
                        Map.of(
                                S + "aws-load-balancer-ssl-cert",
                                CERT,
                                S + "aws-load-balancer-alpn-policy",
                                "http2only"),
                        "invalid ALPN policy http2only, policy must be one of [None, HTTP1Only, HTTP2Only,"
                                + " HTTP2Optional, HTTP2Preferred]"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void failsTheNlbOnValuesTheControllerRefuses(String target, Map<String, String> annotations, String reason) {
        var plan = plan(nlb(target, annotations));

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
        assertThat(plan.reason()).isEqualTo(reason);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
    }

    /** Values the controller takes: proxy protocol on every port, or on listed ones; Go bools; a known DNS policy. */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(Map.of(S + "aws-load-balancer-proxy-protocol", "*")),
                Arguments.of(Map.of(S + "aws-load-balancer-proxy-protocol-per-target-group", "80, +9000,")),
                Arguments.of(Map.of(S + "aws-load-balancer-target-group-attributes", "preserve_client_ip.enabled=T")),
                Arguments.of(Map.of(
                        S + "aws-load-balancer-attributes",
                        "dns_record.client_routing_policy=partial_availability_zone_affinity")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void buildsTheNlbForValuesTheControllerTakes(Map<String, String> annotations) {
        assertThat(plan(nlb("instance", annotations)).type()).isEqualTo(LoadBalancerType.NLB);
    }

    /** An ALPN policy is read only for TLS listeners: without a certificate a bad one does no harm. */
    static Stream<Arguments> alpn() {
        return Stream.of(
                Arguments.of(Map.of(S + "aws-load-balancer-alpn-policy", "bogus"), "TCP"),
                Arguments.of(
                        Map.of(
                                S + "aws-load-balancer-ssl-cert",
                                CERT,
                                S + "aws-load-balancer-alpn-policy",
                                "HTTP2Only"),
                        "TLS"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alpn")
    void readsTheAlpnPolicyOnlyForTlsListeners(Map<String, String> annotations, String protocol) {
        var plan = plan(nlb("ip", annotations));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.listeners())
                .extracting(LoadBalancerPlan.Listener::protocol)
                .containsOnly(protocol);
    }

    /** QUIC: a named UDP port's listener and target group become QUIC; TCP_UDP becomes TCP_QUIC. */
    static Stream<Arguments> quic() {
        var dns = Map.<String, Object>of(
                "name", "dns", "port", 53, "targetPort", 53, "nodePort", 30053, "protocol", "UDP");
        var dnsTcp = Map.<String, Object>of(
                "name", "dns-tcp", "port", 53, "targetPort", 53, "nodePort", 30054, "protocol", "TCP");
        return Stream.of(
                Arguments.of(List.of(dns), Map.of(S + "aws-load-balancer-quic-enabled-ports", "dns"), "QUIC"),
                Arguments.of(List.of(dns), Map.of(S + "aws-load-balancer-quic-enabled-ports", "443"), "UDP"),
                Arguments.of(
                        List.of(dns, dnsTcp),
                        Map.of(
                                S + "aws-load-balancer-quic-enabled-ports",
                                "53",
                                S + "aws-load-balancer-enable-tcp-udp-listener",
                                "true"),
                        "TCP_QUIC"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("quic")
    void upgradesTheQuicEnabledPorts(
            List<Map<String, Object>> ports, Map<String, String> annotations, String protocol) {
        var plan = plan(nlb("ip", annotations).set("services[0].ports", ports));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.listeners())
                .extracting(LoadBalancerPlan.Listener::protocol)
                .containsExactly(protocol);
        assertThat(plan.targetGroups())
                .extracting(LoadBalancerPlan.TargetGroup::protocol)
                .containsExactly(protocol);
    }
}
