package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.eksplanner.validation.FindingCode;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The engine's enums keep the spellings the API answered with when they were strings. */
class WireNamesTests {

    static <E extends Enum<E>> String[] wireNames(E[] values, Function<E, String> wireName) {
        return Arrays.stream(values).map(wireName).toArray(String[]::new);
    }

    @Test
    void spellsEveryValueTheEngineEmitsAsBefore() {
        assertThat(wireNames(LoadBalancerType.values(), LoadBalancerType::wireName))
                .containsExactly("CLB", "NLB", "ALB");
        assertThat(wireNames(Scheme.values(), Scheme::wireName)).containsExactly("internal", "internet-facing");
        assertThat(wireNames(TargetType.values(), TargetType::wireName)).containsExactly("instance", "ip", "mixed");
        assertThat(wireNames(LoadBalancerOwner.values(), LoadBalancerOwner::wireName))
                .containsExactly("LEGACY", "AWS_LOAD_BALANCER_CONTROLLER");
        assertThat(wireNames(SourceIpAtPod.values(), SourceIpAtPod::wireName))
                .containsExactly(
                        "client IP",
                        "NLB private IP",
                        "node IP (kube-proxy SNAT)",
                        "CLB IP (the CLB proxies the connection)",
                        "ALB IP (client in X-Forwarded-For)");
    }

    @Test
    void printsTheWireNameWhereMessagesConcatenateAValue() {
        for (var values : new Enum<?>[][] {
            LoadBalancerType.values(),
            Scheme.values(),
            TargetType.values(),
            LoadBalancerOwner.values(),
            SourceIpAtPod.values()
        }) {
            for (Enum<?> value : values) {
                assertThat(String.valueOf(value)).isEqualTo(wireName(value));
            }
        }
    }

    @Test
    void namesAValidationFindingCodeForEveryProblemCode() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThatCode(() -> FindingCode.valueOf(code.name()))
                    .as(code.name())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void parsesOnlyTheSchemesExactSpellings() {
        assertThat(Scheme.parse("internal")).isEqualTo(Scheme.INTERNAL);
        assertThat(Scheme.parse("internet-facing")).isEqualTo(Scheme.INTERNET_FACING);
        assertThat(Scheme.parse("Internal")).isNull();
        assertThat(Scheme.parse("")).isNull();
        assertThat(Scheme.parse(null)).isNull();
        assertThat(Scheme.INTERNAL.roleTag()).isEqualTo("kubernetes.io/role/internal-elb");
        assertThat(Scheme.INTERNET_FACING.roleTag()).isEqualTo("kubernetes.io/role/elb");
    }

    private static String wireName(Enum<?> value) {
        if (value instanceof LoadBalancerType type) {
            return type.wireName();
        }
        if (value instanceof Scheme scheme) {
            return scheme.wireName();
        }
        if (value instanceof TargetType targetType) {
            return targetType.wireName();
        }
        if (value instanceof LoadBalancerOwner owner) {
            return owner.wireName();
        }
        return ((SourceIpAtPod) value).wireName();
    }
}
