package io.eksplanner.routing;

import static io.eksplanner.routing.LoadBalancerPlannerTests.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The legacy cloud provider's annotation checks and its NLB's client IP preservation (cloud-provider-aws
 * 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code pkg/providers/v1/aws_validations.go}, {@code
 * validateServiceAnnotations}; {@code aws_loadbalancer.go}, {@code buildTargetGroupAttributes}), and what the pod sees
 * when an NLB's instance targets do not preserve the client IP.
 */
class LegacyAnnotationTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String TG = S + "aws-load-balancer-target-group-attributes";

    static Topologies legacy(boolean nlb, Map<String, String> extra) {
        var annotations = new HashMap<String, String>(extra);
        if (nlb) {
            annotations.put(S + "aws-load-balancer-type", "nlb");
        }
        return Topologies.canonical().set("services[0].annotations", annotations);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        false,
                        Map.of(TG, "preserve_client_ip.enabled=true"),
                        "target group attributes annotation is only supported for NLB"),
                Arguments.of(
                        true,
                        Map.of(TG, "preserve_client_ip.enabled=True"),
                        "error validating target group attributes: invalid attribute value for"
                                + " \"preserve_client_ip.enabled\": True"),
                Arguments.of(
                        true,
                        Map.of(TG, "deregistration_delay.timeout_seconds=30"),
                        "error validating target group attributes: the attribute"
                                + " \"deregistration_delay.timeout_seconds\" is not supported by the controller or is"
                                + " invalid"),
                Arguments.of(
                        true,
                        Map.of(TG, "proxy_protocol_v2.enabled="),
                        "error validating target group attributes: attribute value is empty for"
                                + " \"proxy_protocol_v2.enabled\""),
                Arguments.of(
                        true,
                        Map.of(S + "aws-load-balancer-extra-security-groups", "sg-1"),
                        "BYO extra security group annotation \"" + S
                                + "aws-load-balancer-extra-security-groups\" is not supported by NLB"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refused")
    void buildsNothingForAnnotationsTheProviderRefuses(boolean nlb, Map<String, String> annotations, String reason) {
        var plan = plan(legacy(nlb, annotations));

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.LEGACY);
        assertThat(plan.reason()).isEqualTo(reason);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
    }

    @Test
    void refusesToTurnPreservationOffWithAUdpPort() {
        var plan = plan(legacy(true, Map.of(TG, "preserve_client_ip.enabled=false"))
                .set(
                        "services[0].ports",
                        List.of(Map.of(
                                "name", "dns", "port", 53, "targetPort", 53, "nodePort", 30053, "protocol", "UDP"))));

        assertThat(plan.reason())
                .isEqualTo("error validating target group attributes: client IP preservation can't be disabled for UDP"
                        + " ports");
    }

    @Test
    void letsTheLegacyNlbTurnClientIpPreservationOff() {
        var plan = plan(legacy(true, Map.of(TG, "preserve_client_ip.enabled=false, proxy_protocol_v2.enabled=true"))
                .set("services[0].externalTrafficPolicy", "Local"));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.clientIpPreserved()).isFalse();
        assertThat(plan.paths()).extracting(PacketPath::sourceIpAtPod).containsOnly(SourceIpAtPod.NLB_PRIVATE_IP);
        assertThat(plan(legacy(true, Map.of()).set("services[0].externalTrafficPolicy", "Local"))
                        .paths())
                .extracting(PacketPath::sourceIpAtPod)
                .containsOnly(SourceIpAtPod.CLIENT_IP);
    }

    @Test
    void showsTheNlbAddressForControllerInstanceTargetsWithoutPreservation() {
        var plan = plan(LoadBalancerPlannerTests.profile(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        Map.of(
                                S + "aws-load-balancer-type",
                                "external",
                                S + "aws-load-balancer-nlb-target-type",
                                "instance",
                                TG,
                                "preserve_client_ip.enabled=false"),
                        null)
                .set("services[0].externalTrafficPolicy", "Local"));

        assertThat(plan.clientIpPreserved()).isFalse();
        assertThat(plan.paths()).extracting(PacketPath::sourceIpAtPod).containsOnly(SourceIpAtPod.NLB_PRIVATE_IP);
    }
}
