package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.LargeClusters;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Topologies;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test (it runs in its own JVM with a 1 GiB heap, see the pom): it plans (a) 5,000
 * m5.xlarge nodes × 30 pods in secondary-IP mode and (b) 100,000 nodes × 30 pods with prefix delegation, and prints
 * the median wall time and the peak heap. It asserts what was planned, never how long it took.
 */
class IpPlanBenchmarkTests {

    static ClusterTopology cluster(int nodes, int podsPerNode, boolean prefixDelegation) {
        return LargeClusters.of(nodes, podsPerNode, prefixDelegation, 0);
    }

    record Figures(double medianMs, long peakHeapMb, IpPlan plan) {}

    static Figures measure(String what, ClusterTopology topology, int warmUps, int runs) {
        var planner = new IpPlanner(Topologies.CATALOG);
        for (int i = 0; i < warmUps; i++) {
            planner.plan(topology, Scenario.DESIRED);
        }
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] nanos = new long[runs];
        IpPlan plan = null;
        for (int run = 0; run < runs; run++) {
            plan = null;
            long start = System.nanoTime();
            plan = planner.plan(topology, Scenario.DESIRED);
            nanos[run] = System.nanoTime() - start;
        }
        long peak =
                pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e6;
        System.out.printf(
                "ip plan benchmark (%s): %d nodes, %d pods: median %.0f ms over %d runs, peak heap %d MiB of %d MiB"
                        + " max (%d running, %d ContainerCreating, %d Pending)%n",
                what,
                plan.totals().nodes(),
                plan.totals().pods(),
                median,
                runs,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                plan.totals().running(),
                plan.totals().containerCreating(),
                plan.totals().pending());
        return new Figures(median, peak >> 20, plan);
    }

    @Test
    void printsTheTimeAndHeapToPlanLargeClusters() {
        var a = measure("a: 5,000 m5.xlarge × 30 pods, secondary IPs", cluster(5000, 30, false), 3, 7);
        var b = measure("b: 100,000 m5.xlarge × 30 pods, prefix delegation", cluster(100_000, 30, true), 1, 3);

        System.out.printf(
                "ip plan benchmark: cost per node (b)/(a) = %.2f (1.0 = linear)%n",
                (b.medianMs() / 100_000) / (a.medianMs() / 5000));
        assertThat(a.plan().totals().nodes()).isEqualTo(4998);
        assertThat(a.plan().totals().running()).isEqualTo(a.plan().totals().pods());
        assertThat(b.plan().totals().pods()).isEqualTo(3_000_000);
        assertThat(b.plan().totals().nodes() + b.plan().totals().nodesNotLaunched())
                .isEqualTo(99_996);
    }
}
