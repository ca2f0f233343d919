package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "7|7",
                "+7|7",
                "-3|-3",
                "007|7",
                "2147483647|2147483647",
                "' 7 '|",
                "five|",
                "''|",
                "99999999999|",
                "7.0|"
            })
    void readsAnIntegerAsGoParseIntDoesAndRefusesTheRest(String raw, Integer expected) {
        var annotations = Annotations.alb(Map.of("alb.ingress.kubernetes.io/healthcheck-interval-seconds", raw));

        if (expected != null) {
            assertThat(annotations.intValue("healthcheck-interval-seconds", 15)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> annotations.intValue("healthcheck-interval-seconds", 15))
                    .isInstanceOf(Annotations.InvalidAnnotation.class)
                    .hasMessageStartingWith("failed to parse int32 annotation,"
                            + " alb.ingress.kubernetes.io/healthcheck-interval-seconds: " + raw
                            + ": strconv.ParseInt: parsing \"" + raw + "\"");
        }
        assertThat(annotations.intValue("absent", 3)).isEqualTo(3);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1|true",
                "t|true",
                "T|true",
                "TRUE|true",
                "true|true",
                "True|true",
                "0|false",
                "f|false",
                "F|false",
                "FALSE|false",
                "false|false",
                "False|false",
                "yes|",
                "tRUE|",
                "0.0.0.0/0|",
                "''|",
                "' true'|"
            })
    void readsABooleanAsGoParseBoolDoesAndRefusesTheRest(String raw, Boolean expected) {
        var key = "service.beta.kubernetes.io/aws-load-balancer-internal";
        var annotations = Annotations.service(Map.of(key, raw));

        if (expected != null) {
            assertThat(annotations.boolValue("aws-load-balancer-internal")).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> annotations.boolValue("aws-load-balancer-internal"))
                    .isInstanceOf(Annotations.InvalidAnnotation.class)
                    .hasMessage("failed to parse bool annotation, " + key + ": " + raw
                            + ": strconv.ParseBool: parsing \"" + raw + "\": invalid syntax");
        }
        assertThat(annotations.boolValue("absent")).isNull();
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
