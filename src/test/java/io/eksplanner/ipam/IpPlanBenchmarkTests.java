package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Cni;
import io.eksplanner.topology.model.ClusterTopology.EndpointAccess;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ClusterTopology.Vpc;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.Topologies;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test (it runs in its own JVM with a 1 GiB heap, see the pom): it plans (a) 5,000
 * m5.xlarge nodes × 30 pods in secondary-IP mode and (b) 100,000 nodes × 30 pods with prefix delegation, and prints
 * the median wall time and the peak heap. It asserts what was planned, never how long it took.
 */
class IpPlanBenchmarkTests {

    static ClusterTopology cluster(int nodes, int podsPerNode, boolean prefixDelegation) {
        var zones = List.of("us-west-2a", "us-west-2b", "us-west-2c");
        var blocks = new ArrayList<Ipv4Cidr>();
        var subnets = new ArrayList<Subnet>();
        var groups = new ArrayList<NodeGroup>();
        for (int i = 0; i < 6; i++) {
            var block = Ipv4Cidr.parse("10." + (i + 1) + ".0.0/16");
            blocks.add(block);
            subnets.add(new Subnet(
                    "nodes-" + i,
                    null,
                    block,
                    zones.get(i % 3),
                    SubnetType.PRIVATE,
                    Egress.NAT_GATEWAY,
                    false,
                    Map.of("kubernetes.io/role/internal-elb", "1"),
                    false));
            groups.add(
                    new NodeGroup("ng-" + i, "m5.xlarge", nodes / 6, 0, nodes / 6, List.of("nodes-" + i), true, null));
        }
        var workloads = new ArrayList<Workload>();
        int replicas = 1000;
        for (int i = 0; i < nodes * podsPerNode / replicas; i++) {
            workloads.add(new Workload(
                    "app-" + i,
                    "ns-" + (i % 20),
                    null,
                    replicas,
                    Map.of("app", "app-" + i),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null));
        }
        return new ClusterTopology(
                "bench",
                "us-west-2",
                "1.33",
                new Vpc(blocks, true, true, List.of()),
                null,
                new EndpointAccess(true, true, List.of()),
                List.of(),
                new Cni(prefixDelegation, null, null, null, null, null, null, null),
                null,
                subnets,
                groups,
                workloads,
                List.of(),
                List.of(),
                List.of());
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
