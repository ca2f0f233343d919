package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.PLANNER;
import static io.eksplanner.ipam.Plans.render;
import static io.eksplanner.ipam.Plans.subnet;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Topologies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The load balancers' ENIs in one pass (src/docs/domain-rules.md §3): reserved on a plan already made, with
 * {@link IpPlan#withLoadBalancerEnis}, they give exactly the plan of planning the topology again with them — the same
 * subnet figures, free addresses, headroom, exhaustion and fragmentation — without planning the nodes again.
 */
class LoadBalancerEnisTests {

    /** ENIs by subnet: none, the canonical CLB's, a few with an unknown subnet, more than a subnet holds. */
    private static final List<Map<String, Integer>> ENIS = List.of(
            Map.of(),
            Map.of("public-a", 1, "public-b", 1, "public-c", 1),
            Map.of("public-b", 3, "private-a", 2, "no-such-subnet", 5),
            Map.of("public-a", 100_000, "public-b", 9000, "public-c", 0, "private-c", -2),
            Map.of("private-b", 1));

    static Stream<Arguments> topologies() {
        var exhausted = Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/27")
                .set("subnets[2].cidr", "192.168.64.0/27")
                .set("workloads[0].replicas", 40);
        var fragmented = Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/26")
                .set("subnets[2].cidr", "192.168.64.0/26")
                .set("cni.prefixDelegation", true);
        var fullControlPlane = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("public-b", "private-b"))
                .set("subnets[1].cidr", "192.168.32.0/27")
                .set("workloads[0].replicas", 40);
        return Stream.of(
                Arguments.of("canonical", Topologies.canonical().topology()),
                Arguments.of("node subnets exhausted", exhausted.topology()),
                Arguments.of("node subnets fragmented", fragmented.topology()),
                Arguments.of("control-plane subnet exhausted", fullControlPlane.topology()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void givesThePlanOfPlanningAgainWithTheEnis(String name, ClusterTopology topology) {
        for (Scenario scenario : Scenario.values()) {
            var plan = PLANNER.plan(topology, scenario);
            var rendered = render(plan);
            for (var enis : ENIS) {
                var once = plan.withLoadBalancerEnis(enis);

                assertThat(render(once))
                        .as("%s at %s with %s", name, scenario, enis)
                        .isEqualTo(render(PLANNER.plan(topology, scenario, enis)));
                assertThat(once.nodes()).as("the nodes are not planned again").isSameAs(plan.nodes());
                assertThat(once.scenario()).isEqualTo(scenario);
            }
            assertThat(render(plan)).as("the plan is left as it was").isEqualTo(rendered);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void replacesTheEnisOfThePlanItStartsFrom(String name, ClusterTopology topology) {
        for (var first : ENIS) {
            var plan = PLANNER.plan(topology, Scenario.DESIRED, first);
            for (var enis : ENIS) {
                assertThat(render(plan.withLoadBalancerEnis(enis)))
                        .as("%s: %s, then %s", name, first, enis)
                        .isEqualTo(render(PLANNER.plan(topology, Scenario.DESIRED, enis)));
                assertThat(render(plan.withLoadBalancerEnis(enis)))
                        .as("the same answer every time")
                        .isEqualTo(render(plan.withLoadBalancerEnis(enis)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void takesOneFreeAddressPerEniAndMarksASubnetThatRunsOut(String name, ClusterTopology topology) {
        var plan = PLANNER.plan(topology, Scenario.DESIRED);
        var enis = new LinkedHashMap<String, Integer>();
        enis.put("public-a", 3);
        enis.put("public-b", (int) subnet(plan, "public-b").freeIps() + 2);
        enis.put("public-c", (int) subnet(plan, "public-c").freeIps());

        var withEnis = plan.withLoadBalancerEnis(enis);

        for (var usage : plan.subnets()) {
            int asked = enis.getOrDefault(usage.name(), 0);
            long granted = Math.min(asked, usage.freeIps());
            var after = subnet(withEnis, usage.name());
            assertThat(after.otherIps()).as("%s: other IPs", usage.name()).isEqualTo(usage.otherIps() + granted);
            assertThat(after.freeIps()).as("%s: free", usage.name()).isEqualTo(usage.freeIps() - granted);
            assertThat(after.exhausted())
                    .as("%s: exhausted", usage.name())
                    .isEqualTo(usage.exhausted() || asked > usage.freeIps());
            assertThat(after.prefixFragmented()).isEqualTo(usage.prefixFragmented());
            assertThat(after.nodeIps() + after.eniPrimaryIps() + after.podIps() + after.warmIps())
                    .as("%s: the nodes' addresses", usage.name())
                    .isEqualTo(usage.nodeIps() + usage.eniPrimaryIps() + usage.podIps() + usage.warmIps());
        }
        assertThat(subnet(withEnis, "public-b").exhausted()).isTrue();
        assertThat(withEnis.totals().exhaustedSubnets()).contains("public-b");
        assertThat(withEnis.totals().otherIps())
                .isEqualTo(withEnis.subnets().stream()
                        .mapToLong(IpPlan.SubnetUsage::otherIps)
                        .sum());
    }
}
