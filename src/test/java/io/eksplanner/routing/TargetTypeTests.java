package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.CLASS;
import static io.eksplanner.routing.IngressPlannerTests.GROUP;
import static io.eksplanner.routing.IngressPlannerTests.TARGET;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static io.eksplanner.routing.IngressPlannerTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ALB's target type is the one the controller resolves from {@code target-type} (the Service's over the Ingress's),
 * also when no target group is built; a value it does not know fails the group (aws-load-balancer-controller v3.5.0
 * {@code pkg/ingress/model_build_target_group.go}, {@code buildTargetGroupTargetType}).
 */
class TargetTypeTests {

    static final List<Map<String, Object>> GONE = List.of(path("/", "Prefix", "gone"));

    static Stream<Arguments> targetTypes() {
        return Stream.of(
                Arguments.of("ip, with only a fixed-503 rule", List.of("ip"), GONE, TargetType.IP),
                Arguments.of("instance, with only a fixed-503 rule", List.of("instance"), GONE, TargetType.INSTANCE),
                Arguments.of("nothing set, the controller's default", List.of(""), GONE, TargetType.INSTANCE),
                Arguments.of(
                        "ip and instance members, no target group", List.of("ip", "instance"), GONE, TargetType.MIXED),
                Arguments.of("ip, with a target group", List.of("ip"), IngressPlannerTests.ROOT, TargetType.IP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetTypes")
    void resolvesTheTargetTypeEvenWithoutTargetGroups(
            String name, List<String> values, List<Map<String, Object>> paths, TargetType expected) {
        var ingresses = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < values.size(); i++) {
            var annotations = new HashMap<String, String>(Map.of(CLASS, "alb", GROUP, "shop"));
            if (!values.get(i).isEmpty()) {
                annotations.put(TARGET, values.get(i));
            }
            ingresses.add(ingress("web" + i, annotations, paths));
        }
        var plan = onlyPlan(controller(ingresses, List.of()));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.targetType()).isEqualTo(expected);
    }

    static Stream<Arguments> unknownTargetTypes() {
        return Stream.of(
                Arguments.of(Map.of(CLASS, "alb", TARGET, "IP"), Map.of(), "ingresses[0].annotations", "IP"),
                Arguments.of(Map.of(CLASS, "alb"), Map.of(TARGET, "pod"), "services[0].annotations", "pod"));
    }

    @ParameterizedTest(name = "target-type {3}")
    @MethodSource("unknownTargetTypes")
    void failsTheGroupOnATargetTypeTheControllerDoesNotKnow(
            Map<String, String> ingressAnnotations, Map<String, String> serviceAnnotations, String path, String value) {
        var plan = onlyPlan(controller(List.of(ingress("web", ingressAnnotations, IngressPlannerTests.ROOT)), List.of())
                .set("services[0].annotations", serviceAnnotations));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo("unknown targetType: " + value);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, path));
    }
}
