package io.eksplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/**
 * A subnet whose AZ only AWS knows (SUBNET_AZ_UNKNOWN, as eksctl's alias subnets import) is planned, not failed on:
 * its nodes are launched in an AZ of their own shown as null, and load-balancer subnet discovery leaves it out
 * (src/docs/domain-rules.md §3).
 */
class UnknownZonePlanningTests {

    /** The canonical cluster with public-c known only by its id, as an alias subnet without az imports. */
    private static Topologies withPublicCZoneUnknown() {
        return Topologies.canonical()
                .remove("subnets[2].availabilityZone")
                .set("subnets[2].id", "subnet-0123456789abcdef0");
    }

    @Test
    void launchesNodesInASubnetWhoseAzIsUnknownAndReportsIt() {
        var plan = Topologies.PLANNER.plan(withPublicCZoneUnknown().topology());

        assertThat(plan.desired().nodes())
                .filteredOn(node -> node.subnet().equals("public-c"))
                .isNotEmpty()
                .extracting(NodePlan::availabilityZone)
                .containsOnlyNulls();
        assertThat(plan.validation().findings()).extracting(Finding::code).contains("SUBNET_AZ_UNKNOWN");
    }

    @Test
    void leavesASubnetWhoseAzIsUnknownOutOfTheLoadBalancersSubnets() {
        var plan = Topologies.PLANNER.plan(withPublicCZoneUnknown().topology());

        assertThat(plan.loadBalancers()).hasSize(1);
        assertThat(plan.loadBalancers().get(0).subnets())
                .extracting(LbSubnet::name)
                .containsExactly("public-a", "public-b");
    }
}
