package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Booleans and integers in Service annotations parse as Go's {@code strconv.ParseBool} / {@code ParseInt} under every
 * profile: "1", "t" and "True" are true, and a value that is neither true nor false, or no integer, fails the load
 * balancer instead of reading as false or as the default (src/docs/reference/aws-load-balancers.md §11, Corrections
 * 5).
 */
class GoParsingTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String CROSS_ZONE = S + "aws-load-balancer-cross-zone-load-balancing-enabled";
    static final String INTERVAL = S + "aws-load-balancer-healthcheck-interval";
    static final String LEGACY = "LEGACY";
    static final String LBC = "AWS_LOAD_BALANCER_CONTROLLER";
    static final String NLB = S + "aws-load-balancer-type";

    /** Profile (controller, webhook), annotations; the expected cross-zone flag, or null when the build fails. */
    static Stream<Arguments> crossZone() {
        return Stream.of(
                Arguments.of("legacy CLB", LEGACY, false, Map.of(CROSS_ZONE, "1"), true),
                Arguments.of("legacy CLB", LEGACY, false, Map.of(CROSS_ZONE, "True"), true),
                Arguments.of("legacy CLB", LEGACY, false, Map.of(CROSS_ZONE, "F"), false),
                Arguments.of("legacy CLB", LEGACY, false, Map.of(CROSS_ZONE, "yes"), null),
                Arguments.of("legacy NLB", LEGACY, false, Map.of(NLB, "nlb", CROSS_ZONE, "t"), true),
                Arguments.of("controller with webhook", LBC, true, Map.of(CROSS_ZONE, "t"), true),
                Arguments.of("controller with webhook", LBC, true, Map.of(CROSS_ZONE, "on"), null),
                Arguments.of("controller without webhook", LBC, false, Map.of(NLB, "nlb-ip", CROSS_ZONE, "TRUE"), true),
                Arguments.of(
                        "controller without webhook", LBC, false, Map.of(NLB, "nlb-ip", CROSS_ZONE, "tRUE"), null));
    }

    @ParameterizedTest(name = "{0}: {3} → {4}")
    @MethodSource("crossZone")
    void parsesTheCrossZoneAnnotationAsGoParseBool(
            String name, String controller, boolean webhook, Map<String, String> annotations, Boolean expected) {
        var plan =
                LoadBalancerPlannerTests.plan(LoadBalancerPlannerTests.profile(controller, webhook, annotations, null));

        assertThat(plan.crossZone()).isEqualTo(expected);
        if (expected == null) {
            assertThat(plan.type()).isNull();
            assertThat(plan.owner()).isNotNull();
            assertThat(plan.reason()).contains(CROSS_ZONE);
            assertThat(plan.problems())
                    .extracting(Problem::code, Problem::path)
                    .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "services[0].annotations"));
        }
    }

    static Stream<Arguments> healthCheckIntegers() {
        return Stream.of(
                Arguments.of("legacy CLB", LEGACY, false, Map.of(INTERVAL, "20"), 20),
                Arguments.of("legacy CLB", LEGACY, false, Map.of(INTERVAL, "20s"), null),
                Arguments.of("legacy NLB", LEGACY, false, Map.of(NLB, "nlb", INTERVAL, "+20"), 20),
                Arguments.of("legacy NLB", LEGACY, false, Map.of(NLB, "nlb", INTERVAL, " 20"), null),
                Arguments.of("controller with webhook", LBC, true, Map.of(INTERVAL, "20"), 20),
                Arguments.of("controller with webhook", LBC, true, Map.of(INTERVAL, "x"), null),
                Arguments.of("controller without webhook", LBC, false, Map.of(NLB, "nlb-ip", INTERVAL, "2.5"), null));
    }

    @ParameterizedTest(name = "{0}: {3} → {4}")
    @MethodSource("healthCheckIntegers")
    void parsesTheHealthCheckIntegersAsGoParseInt(
            String name, String controller, boolean webhook, Map<String, String> annotations, Integer expected) {
        var plan =
                LoadBalancerPlannerTests.plan(LoadBalancerPlannerTests.profile(controller, webhook, annotations, null));

        if (expected == null) {
            assertThat(plan.type()).isNull();
            assertThat(plan.reason()).contains(INTERVAL);
            assertThat(plan.problems()).extracting(Problem::code).containsExactly(ProblemCode.LB_BUILD_FAILED);
        } else {
            assertThat(plan.targetGroups())
                    .isNotEmpty()
                    .allSatisfy(group ->
                            assertThat(group.healthCheck().intervalSeconds()).isEqualTo(expected));
        }
    }
}
