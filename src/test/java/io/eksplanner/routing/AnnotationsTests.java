package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annotations are read under their controller's prefix, as the controllers parse them. */
class AnnotationsTests {

    @Test
    void readsOnlyTheAnnotationsOfItsPrefix() {
        var values = Map.of(
                "service.beta.kubernetes.io/aws-load-balancer-type", "nlb",
                "alb.ingress.kubernetes.io/scheme", "internal");

        assertThat(Annotations.service(values).get("aws-load-balancer-type")).isEqualTo("nlb");
        assertThat(Annotations.service(values).get("scheme")).isNull();
        assertThat(Annotations.alb(values).get("scheme")).isEqualTo("internal");
        assertThat(Annotations.alb(values).getOrDefault("target-type", "instance"))
                .isEqualTo("instance");
        assertThat(Annotations.alb(Map.of("alb.ingress.kubernetes.io/target-type", ""))
                        .getOrDefault("target-type", "instance"))
                .as("a present but empty value is the value")
                .isEmpty();
    }

    @Test
    void readsAnIntegerTrimmedAndFallsBackWhenItIsAbsentOrMalformed() {
        var annotations = Annotations.alb(Map.of(
                "alb.ingress.kubernetes.io/healthcheck-interval-seconds", " 7 ",
                "alb.ingress.kubernetes.io/healthcheck-timeout-seconds", "five",
                "alb.ingress.kubernetes.io/healthy-threshold-count", "",
                "alb.ingress.kubernetes.io/unhealthy-threshold-count", "99999999999"));

        assertThat(annotations.intValue("healthcheck-interval-seconds", 15)).isEqualTo(7);
        assertThat(annotations.intValue("healthcheck-timeout-seconds", 5)).isEqualTo(5);
        assertThat(annotations.intValue("healthy-threshold-count", 2)).isEqualTo(2);
        assertThat(annotations.intValue("unhealthy-threshold-count", 2)).isEqualTo(2);
        assertThat(annotations.intValue("absent", 3)).isEqualTo(3);
    }

    @Test
    void findsAnAttributeWhateverTheBlanks() {
        var annotations = Annotations.service(Map.of(
                "service.beta.kubernetes.io/aws-load-balancer-attributes",
                "deletion_protection.enabled=true, load_balancing.cross_zone.enabled = true"));

        assertThat(annotations.hasAttribute("aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true"))
                .isTrue();
        assertThat(annotations.hasAttribute("aws-load-balancer-attributes", "deletion_protection.enabled=false"))
                .isFalse();
        assertThat(annotations.hasAttribute("aws-load-balancer-target-group-attributes", "x=y"))
                .isFalse();
    }
}
