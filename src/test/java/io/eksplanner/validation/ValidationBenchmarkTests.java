package io.eksplanner.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.EndpointAccess;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ClusterTopology.Vpc;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.rules.StandardRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: it validates a large topology many times and prints the median; the figure goes
 * into the README. It asserts only what the run found, never how long it took.
 */
class ValidationBenchmarkTests {

    static final int SUBNETS = 500;
    static final int NODE_GROUPS = 1000;
    static final int WORKLOADS = 5000;

    static ClusterTopology large() {
        var zones = List.of("us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d");
        var subnets = new ArrayList<Subnet>();
        for (int i = 0; i < SUBNETS; i++) {
            // /25 blocks packed in 10.0.0.0/16; the last one overlaps its neighbour so the sweep has work to do.
            int address = (10 << 24) | (i * 128);
            subnets.add(new Subnet(
                    "subnet-" + i,
                    null,
                    new Ipv4Cidr(i == SUBNETS - 1 ? address - 64 : address, 25),
                    zones.get(i % zones.size()),
                    i % 2 == 0 ? SubnetType.PUBLIC : SubnetType.PRIVATE,
                    i % 2 == 0 ? Egress.INTERNET_GATEWAY : Egress.NAT_GATEWAY,
                    i % 2 == 0,
                    Map.of(i % 2 == 0 ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb", "1"),
                    false));
        }
        var nodeGroups = new ArrayList<NodeGroup>();
        for (int i = 0; i < NODE_GROUPS; i++) {
            nodeGroups.add(new NodeGroup(
                    "ng-" + i,
                    i % 7 == 0 ? "c5.xlarge" : "m5.large",
                    3,
                    1,
                    5,
                    List.of("subnet-" + (i % SUBNETS), "subnet-" + ((i + 1) % SUBNETS)),
                    true,
                    null,
                    null));
        }
        var workloads = new ArrayList<Workload>();
        for (int i = 0; i < WORKLOADS; i++) {
            workloads.add(new Workload(
                    "app-" + i,
                    "ns-" + (i % 50),
                    null,
                    3,
                    Map.of("app", "app-" + i),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null));
        }
        return new ClusterTopology(
                "large",
                "us-west-2",
                "1.33",
                new Vpc(List.of(Ipv4Cidr.parse("10.0.0.0/16")), true, true, List.of(), null),
                Ipv4Cidr.parse("172.20.0.0/16"),
                new EndpointAccess(true, true, List.of()),
                List.of(),
                null,
                null,
                subnets,
                nodeGroups,
                workloads,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null);
    }

    @Test
    void printsTheMedianTimeToValidateALargeTopology() {
        var topology = large();
        var network = measure(
                "network rules",
                topology,
                planned -> new ValidationEngine(StandardRules.network())
                        .validate(new ValidationContext(topology, Topologies.CATALOG, planned)));
        var full = measure("all rules, IP plan included", topology, planned -> planned.validation());

        assertThat(network.findings())
                .extracting(Finding::code)
                .containsOnlyOnce("SUBNET_OVERLAP")
                .doesNotContain("SUBNET_OUTSIDE_VPC", "NODEGROUP_SUBNET_UNKNOWN");
        assertThat(full.findings()).extracting(Finding::code).contains("SUBNET_IP_EXHAUSTED");
    }

    private static ValidationReport measure(
            String what, ClusterTopology topology, Function<ClusterPlan, ValidationReport> validation) {
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            validation.apply(Topologies.PLANNER.plan(topology));
        }
        int runs = 30;
        long[] nanos = new long[runs];
        ValidationReport report = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            report = validation.apply(Topologies.PLANNER.plan(topology));
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "validation benchmark (%s): %d subnets, %d node groups, %d workloads: median %.2f ms, p90 %.2f ms,"
                        + " min %.2f ms over %d runs (%d findings)%n",
                what,
                SUBNETS,
                NODE_GROUPS,
                WORKLOADS,
                nanos[runs / 2] / 1e6,
                nanos[runs * 9 / 10] / 1e6,
                nanos[0] / 1e6,
                runs,
                report.findings().size());
        return report;
    }
}
