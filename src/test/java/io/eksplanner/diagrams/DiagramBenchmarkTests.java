package io.eksplanner.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.support.LargeClusters;
import io.eksplanner.validation.Topologies;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test (it runs in the benchmarks execution, see the pom): it plans a 5,000-node cluster and
 * draws its network diagram at desired and at max size, and prints the median time of drawing (the plan made once,
 * as a request makes it) and the size. Goal: at most 1 s. It asserts what was drawn, never how long it took.
 */
class DiagramBenchmarkTests {

    @Test
    void drawsAFiveThousandNodeNetwork() {
        var topology = LargeClusters.of(5000, 30, false, 10);
        long[] nanos = new long[5];
        String svg = null;
        for (int run = -2; run < nanos.length; run++) {
            long start = System.nanoTime();
            var plan = Topologies.PLANNER.plan(topology);
            plan.validation();
            long validated = System.nanoTime();
            svg = Diagrams.networkSvg(plan, Scenario.DESIRED);
            long drawn = System.nanoTime();
            if (run >= 0) {
                nanos[run] = drawn - validated;
            }
            if (run == nanos.length - 1) {
                System.out.printf(
                        "diagram benchmark: planning (desired, load balancers, max, validation) %d ms%n",
                        (validated - start) / 1_000_000);
            }
        }
        Arrays.sort(nanos);
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(
                "diagram benchmark: 5,000-node network.svg drawn in %.1f ms (median of %d), %d bytes%n",
                nanos[nanos.length / 2] / 1e6, nanos.length, bytes);
        assertThat(bytes).isLessThan(1024 * 1024);
        assertThat(SvgDocument.parse(svg).count("//*[" + SvgDocument.hasClass("subnet") + "]"))
                .isEqualTo(6);
    }
}
