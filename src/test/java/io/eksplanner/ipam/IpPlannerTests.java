package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.validation.Topologies;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The planner on the canonical example and on the variants src/docs/domain-rules.md §3 describes. */
class IpPlannerTests {

    static final IpPlanner PLANNER = new IpPlanner(Topologies.CATALOG);

    static IpPlan plan(Topologies topology) {
        return PLANNER.plan(topology.topology(), Scenario.DESIRED);
    }

    @Test
    void plansTheCanonicalExampleAsTheDesignNotesSay() {
        var plan = plan(Topologies.canonical());

        assertThat(plan.nodes()).hasSize(4);
        assertThat(plan.nodes())
                .extracting(IpPlan.NodePlan::subnet)
                .containsExactly("public-b", "public-b", "public-c", "public-c");
        assertThat(plan.nodes())
                .extracting(IpPlan.NodePlan::name)
                .containsExactly(
                        "ip-192-168-32-4.ap-northeast-2.compute.internal",
                        "ip-192-168-32-5.ap-northeast-2.compute.internal",
                        "ip-192-168-64-4.ap-northeast-2.compute.internal",
                        "ip-192-168-64-5.ap-northeast-2.compute.internal");
        for (var node : plan.nodes()) {
            assertThat(node.maxPods()).isEqualTo(29);
            assertThat(node.enis()).hasSize(2);
            assertThat(node.enis())
                    .allSatisfy(eni -> assertThat(eni.secondaryIps()).hasSize(9));
            assertThat(node.podIndices()).hasSize(1);
        }
        var publicB = plan.subnets().get(1);
        assertThat(publicB.name()).isEqualTo("public-b");
        assertThat(publicB.nodeIps()).isEqualTo(2);
        assertThat(publicB.eniPrimaryIps()).isEqualTo(2);
        assertThat(publicB.podIps() + publicB.warmIps()).isEqualTo(36);
        assertThat(publicB.nodeIps() + publicB.eniPrimaryIps() + publicB.podIps() + publicB.warmIps())
                .as("20 subnet IPs per node")
                .isEqualTo(40);
        assertThat(plan.totals().running()).isEqualTo(4);
        IntStream.range(0, plan.podCount()).mapToObj(plan::pod).forEach(pod -> {
            assertThat(pod.status()).isEqualTo(PodStatus.Running);
            var node = plan.nodes().stream()
                    .filter(n -> n.name().equals(pod.node()))
                    .findFirst()
                    .orElseThrow();
            var subnet = Ipv4Cidr.parse(plan.subnets().stream()
                    .filter(s -> s.name().equals(node.subnet()))
                    .findFirst()
                    .orElseThrow()
                    .cidr());
            assertThat(pod.ip()).isBetween(subnet.first() + 4, subnet.last() - 1);
        });
        assertThat(IntStream.range(0, 4)
                        .mapToObj(plan::pod)
                        .map(IpPlan.PodPlan::node)
                        .distinct())
                .as("one pod per node")
                .hasSize(4);
    }
}
