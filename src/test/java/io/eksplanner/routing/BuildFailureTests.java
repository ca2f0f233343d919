package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.ALB;
import static io.eksplanner.routing.IngressPlannerTests.CLASS;
import static io.eksplanner.routing.IngressPlannerTests.GROUP;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.ingressClass;
import static io.eksplanner.routing.IngressPlannerTests.ingressPlans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A load balancer the controller cannot build is not built at all: the IngressGroup (or the Service's NLB) is one model
 * and one error fails it (src/docs/reference/aws-load-balancers.md, Corrections 4; aws-load-balancer-controller v3.5.0
 * {@code pkg/ingress/model_builder.go}, {@code defaultModelBuildTask.run}).
 */
class BuildFailureTests {

    static final String INBOUND = "alb.ingress.kubernetes.io/inbound-cidrs";
    static final String INTERNAL = "service.beta.kubernetes.io/aws-load-balancer-internal";

    /** One broken member: every Ingress of the group loses the ALB, with the field that broke it. */
    static Stream<Arguments> brokenGroups() {
        var clusterIp = controller(
                        List.of(
                                ingress("web", Map.of(CLASS, "alb", GROUP, "shop"), ROOT),
                                ingress("api", Map.of(CLASS, "alb", GROUP, "shop"), ROOT)),
                        List.of())
                .set("services[0].type", "ClusterIP")
                .set("services[0].ports[0].nodePort", null);
        var badCidr = controller(
                List.of(
                        ingress("web", Map.of(CLASS, "alb", GROUP, "shop"), ROOT),
                        ingress("api", Map.of(CLASS, "alb", GROUP, "shop", INBOUND, "10.0.0.0/8, not-a-cidr"), ROOT)),
                List.of());
        var prefixTooLong =
                controller(List.of(ingress("web", Map.of(CLASS, "alb", INBOUND, "10.0.0.0/33"), ROOT)), List.of());
        var twoDefaults = controller(
                List.of(ingress("web", Map.of(CLASS, "alb"), ROOT), ingress("classless", null, Map.of(), ROOT, null)),
                List.of(ingressClass("a", ALB, true, null), ingressClass("b", ALB, true, null)));
        var oneZone = controller(
                List.of(ingress(
                        "web", Map.of(CLASS, "alb", "alb.ingress.kubernetes.io/subnets", "public-a, private-a"), ROOT)),
                List.of());
        return Stream.of(
                Arguments.of(
                        "two explicit subnets in one AZ",
                        oneZone,
                        "ingresses[0].annotations",
                        "multiple subnets in same Availability Zone ap-northeast-2a: [private-a public-a]"),
                Arguments.of(
                        "instance targets behind a ClusterIP backend",
                        clusterIp,
                        "services[0].type",
                        "TargetGroup port is empty. When using Instance targets"),
                Arguments.of(
                        "inbound-cidrs that do not parse",
                        badCidr,
                        "ingresses[1].annotations",
                        "invalid inbound-cidrs settings on Ingress: default/api: invalid CIDR address: not-a-cidr"),
                Arguments.of(
                        "inbound-cidrs with a prefix past /32",
                        prefixTooLong,
                        "ingresses[0].annotations",
                        "invalid CIDR address: 10.0.0.0/33"),
                Arguments.of(
                        "two default IngressClasses fail every IngressGroup",
                        twoDefaults,
                        "ingresses[1].ingressClassName",
                        "Ingress: default/classless: multiple default IngressClasses found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGroups")
    void buildsNoAlbForAGroupWithOneBrokenMember(String name, Topologies topology, String path, String message) {
        var plans = ingressPlans(topology);

        assertThat(plans)
                .isNotEmpty()
                .allSatisfy(plan -> assertThat(plan.type()).isNull());
        var group = plans.get(0);
        assertThat(group.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
        assertThat(group.reason()).contains(message);
        assertThat(group.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.LB_BUILD_FAILED)
                .extracting(Problem::path)
                .containsOnly(path);
        assertThat(group.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.LB_BUILD_FAILED)
                .allSatisfy(problem -> assertThat(problem.message()).contains(message));
    }

    @Test
    void acceptsInboundCidrsThatGoParsesWithHostBitsSet() {
        var plans = ingressPlans(controller(
                List.of(ingress("web", Map.of(CLASS, "alb", INBOUND, "10.0.0.1/8,2001:db8::/32"), ROOT)), List.of()));

        assertThat(plans).extracting(LoadBalancerPlan::type).containsExactly(LoadBalancerType.ALB);
    }

    /** The controller reads the deprecated -internal annotation with strconv.ParseBool. */
    static Stream<Arguments> internalAnnotation() {
        return Stream.of(
                Arguments.of("True", LoadBalancerType.NLB, Scheme.INTERNAL),
                Arguments.of("1", LoadBalancerType.NLB, Scheme.INTERNAL),
                Arguments.of("f", LoadBalancerType.NLB, Scheme.INTERNET_FACING),
                Arguments.of("0.0.0.0/0", null, null),
                Arguments.of("yes", null, null));
    }

    @ParameterizedTest(name = "aws-load-balancer-internal: {0}")
    @MethodSource("internalAnnotation")
    void parsesTheControllersInternalAnnotationAsGoDoes(String value, LoadBalancerType type, Scheme scheme) {
        var plan = LoadBalancerPlannerTests.plan(
                LoadBalancerPlannerTests.profile("AWS_LOAD_BALANCER_CONTROLLER", true, Map.of(INTERNAL, value), null));

        assertThat(plan.type()).isEqualTo(type);
        assertThat(plan.scheme()).isEqualTo(scheme);
        if (type == null) {
            assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
            assertThat(plan.reason())
                    .isEqualTo("failed to parse bool annotation, " + INTERNAL + ": " + value
                            + ": strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
            assertThat(plan.problems())
                    .extracting(Problem::code, Problem::path)
                    .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
            assertThat(plan.problems().get(0).message()).startsWith("Service default/");
        }
    }
}
