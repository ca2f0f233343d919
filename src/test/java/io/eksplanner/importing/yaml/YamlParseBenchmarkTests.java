package io.eksplanner.importing.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.HostileYaml;
import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A benchmark, not a timed test: parses 1, 2 and 4 MiB of one long scalar, one long comment and many small objects,
 * prints each time, and asserts only that four times the text costs well under sixteen times the time, the factor a
 * quadratic reader shows (snakeyaml-engine's read window made a 4 MB comment take 22 s against 1.5 s for 1 MB).
 * Times are the parsing thread's CPU time, the best of three, so a busy machine moves them less than wall time.
 */
class YamlParseBenchmarkTests {

    private static final int MIB = 1024 * 1024;
    private static final int RUNS = 3;
    private static final double NOISE_FLOOR_NANOS = 20e6;

    private final YamlDocuments yaml = new YamlDocuments(8 * MIB, YamlDocuments.DEFAULT_MAX_DOCUMENTS);

    @ParameterizedTest
    @ValueSource(strings = {"scalar", "comment", "objects"})
    void parsesInTimeLinearInTheTextsLength(String shape) {
        IntFunction<String> text = switch (shape) {
            case "scalar" -> HostileYaml::longScalar;
            case "comment" -> HostileYaml::longComment;
            default -> HostileYaml::manySmallObjects;
        };
        yaml.parse(text.apply(MIB / 4));
        double one = best(text.apply(MIB));
        double two = best(text.apply(2 * MIB));
        double four = best(text.apply(4 * MIB));
        double ratio = four / Math.max(one, NOISE_FLOOR_NANOS);

        System.out.printf(
                "YAML parse benchmark, %s: 1 MiB %.0f ms, 2 MiB %.0f ms, 4 MiB %.0f ms (CPU, best of %d);"
                        + " 4 MiB / 1 MiB = %.1f (linear 4, quadratic 16)%n",
                shape, one / 1e6, two / 1e6, four / 1e6, RUNS, four / one);
        assertThat(ratio).as("4 MiB / 1 MiB parse time").isLessThan(8.0);
    }

    private double best(String text) {
        var threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = threads.getCurrentThreadCpuTime();
            assertThat(yaml.parse(text)).hasSize(1);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
