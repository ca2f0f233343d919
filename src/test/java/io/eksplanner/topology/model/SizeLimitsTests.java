package io.eksplanner.topology.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.common.LimitExceeded;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeLimitsTests {

    private static final SizeLimits SMALL = new SizeLimits(10, 100, 5, 5, 5, 5);

    private static ClusterTopology topology(List<NodeGroup> groups, List<Workload> workloads) {
        return new ClusterTopology(
                "t", null, null, null, null, null, null, null, null, null, groups, workloads, null, null, null, null,
                null, null);
    }

    private static NodeGroup group(Integer desired, Integer min, Integer max) {
        return new NodeGroup("ng", "m5.large", desired, min, max, List.of(), true, null, null);
    }

    private static Workload workload(WorkloadKind kind, Integer replicas) {
        return new Workload("w", "default", kind, replicas, null, null, null, null, null, null);
    }

    private static long measured(SizeLimits limits, ClusterTopology topology, String name) {
        return limits.measure(topology).stream()
                .filter(limit -> limit.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static GatewayRoute route(GatewayRoute.RouteKind kind) {
        return new GatewayRoute(kind, "r", "default", null, null, null);
    }

    @Test
    void countsEveryKindOfGatewayRouteTogether() {
        var gatewayApi = new GatewayApi(
                null,
                null,
                List.of(route(RouteKind.HTTPRoute), route(RouteKind.HTTPRoute)),
                List.of(route(RouteKind.GRPCRoute)),
                List.of(route(RouteKind.TCPRoute)),
                List.of(route(RouteKind.UDPRoute)),
                List.of(route(RouteKind.TLSRoute)),
                null,
                null,
                null,
                null,
                null);
        var topology = new ClusterTopology(
                "t",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                gatewayApi);

        assertThat(measured(SMALL, topology, "gatewayRoutes")).isEqualTo(6);
        assertThatThrownBy(() -> new SizeLimits(10, 100, 5, 5, 5, 5, 5).check(topology))
                .isInstanceOf(LimitExceeded.class)
                .hasMessage(
                        "the topology holds 6 gatewayRoutes; at most 5 can be planned (planner.limits.gatewayRoutes)");
    }

    @Test
    void countsEachNodeGroupAtTheLargestOfItsSizes() {
        var topology = topology(List.of(group(3, 1, 8), group(null, 4, null), group(5, null, 2)), List.of());

        assertThat(measured(SMALL, topology, "nodes")).isEqualTo(8 + 4 + 5);
    }

    @Test
    void countsADaemonSetOnEveryNode() {
        var topology = topology(
                List.of(group(3, 1, 6)),
                List.of(workload(WorkloadKind.Deployment, 10), workload(WorkloadKind.DaemonSet, 999)));

        assertThat(measured(SMALL, topology, "pods")).isEqualTo(10 + 6);
    }

    @Test
    void addsHugeCountsWithoutOverflowing() {
        var workloads = new ArrayList<Workload>();
        for (int i = 0; i < 3; i++) {
            workloads.add(workload(WorkloadKind.StatefulSet, Integer.MAX_VALUE));
        }
        var topology = topology(List.of(group(Integer.MAX_VALUE, 0, Integer.MAX_VALUE)), workloads);

        assertThat(measured(SizeLimits.DEFAULTS, topology, "pods")).isEqualTo(3L * Integer.MAX_VALUE);
        assertThatThrownBy(() -> SizeLimits.DEFAULTS.check(topology)).isInstanceOfSatisfying(LimitExceeded.class, e -> {
            assertThat(e.limit()).isEqualTo("nodes");
            assertThat(e.value()).isEqualTo(Integer.MAX_VALUE);
            assertThat(e.maximum()).isEqualTo(100_000);
        });
    }

    @Test
    void acceptsATopologyAtEveryLimitAndRefusesOnePast() {
        var atLimit = topology(List.of(group(10, 0, 10)), List.of(workload(WorkloadKind.Deployment, 100)));
        SMALL.check(atLimit);

        var onePast = topology(List.of(group(10, 0, 10)), List.of(workload(WorkloadKind.Deployment, 101)));

        assertThatThrownBy(() -> SMALL.check(onePast))
                .isInstanceOf(LimitExceeded.class)
                .hasMessage("the topology holds 101 pods; at most 100 can be planned (planner.limits.pods)");
    }

    @Test
    void ignoresNegativeCountsWhichValidationReports() {
        var topology = topology(List.of(group(-5, null, null)), List.of(workload(WorkloadKind.Deployment, -3)));

        assertThat(measured(SMALL, topology, "nodes")).isZero();
        assertThat(measured(SMALL, topology, "pods")).isZero();
    }
}
