package io.eksplanner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTests {

    @Test
    void matchesEveryVersionWhenAbsent() {
        assertThat(IfMatch.of(null).matches(7)).isTrue();
        assertThat(IfMatch.of(" ").matches(7)).isTrue();
    }

    @Test
    void matchesAnyVersionForAWildcard() {
        assertThat(IfMatch.of("*").matches(0)).isTrue();
    }

    @Test
    void comparesStrongTagsWithTheVersion() {
        assertThat(IfMatch.of("\"7\"").matches(7)).isTrue();
        assertThat(IfMatch.of("\"7\"").matches(8)).isFalse();
        assertThat(IfMatch.of("\"3\", \"7\"").matches(7)).isTrue();
    }

    @Test
    void neverMatchesAWeakOrUnquotedTag() {
        assertThat(IfMatch.of("W/\"7\"").matches(7)).isFalse();
        assertThat(IfMatch.of("7").matches(7)).isFalse();
    }

    @Test
    void failsWithTheCurrentVersion() {
        assertThatThrownBy(() -> IfMatch.of("\"1\"").check(2))
                .isInstanceOfSatisfying(
                        PreconditionFailed.class,
                        failed -> assertThat(failed.currentVersion()).isEqualTo(2));
    }
}
