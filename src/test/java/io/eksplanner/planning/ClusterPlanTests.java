package io.eksplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.common.LimitExceeded;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.topology.model.SizeLimits;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Load balancers' ENIs are tenants of their subnets in the IP plan. */
class ClusterPlanTests {

    static final IpPlanner PLANNER = new IpPlanner(Topologies.CATALOG);

    static Map<String, Long> otherIps(IpPlan plan) {
        return plan.subnets().stream().collect(Collectors.toMap(SubnetUsage::name, SubnetUsage::otherIps));
    }

    @Test
    void givesTheCanonicalClbOneAddressInEachOfItsSubnets() {
        var topology = Topologies.canonical().topology();

        var plans = Topologies.PLANNER.plan(topology);
        var withoutLoadBalancers = otherIps(PLANNER.plan(topology, Scenario.DESIRED));
        var withLoadBalancers = otherIps(plans.ipPlans().desired());

        for (String subnet : new String[] {"public-a", "public-b", "public-c"}) {
            assertThat(withLoadBalancers.get(subnet)).as(subnet).isEqualTo(withoutLoadBalancers.get(subnet) + 1);
        }
        for (String subnet : new String[] {"private-a", "private-b", "private-c"}) {
            assertThat(withLoadBalancers.get(subnet)).as(subnet).isEqualTo(withoutLoadBalancers.get(subnet));
        }
        assertThat(otherIps(plans.ipPlans().max()).get("public-b")).isEqualTo(withLoadBalancers.get("public-b"));
        assertThat(plans.loadBalancers()).extracting(plan -> plan.type()).containsExactly(LoadBalancerType.CLB);
    }

    @Test
    void reservesNothingWhereNoLoadBalancerIsBuilt() {
        var topology =
                Topologies.canonical().set("services[0].type", "NodePort").topology();

        var plans = Topologies.PLANNER.plan(topology);

        assertThat(otherIps(plans.ipPlans().desired())).isEqualTo(otherIps(PLANNER.plan(topology, Scenario.DESIRED)));
        assertThat(plans.loadBalancers()).isEmpty();
    }

    @Test
    void makesEachPartOnceAndHandsValidationTheSamePlans() {
        var plan = Topologies.PLANNER.plan(Topologies.canonical().topology());

        var loadBalancers = plan.loadBalancers();
        var ipPlans = plan.ipPlans();
        var report = plan.validation();

        assertThat(plan.loadBalancers()).isSameAs(loadBalancers);
        assertThat(plan.ipPlans()).isSameAs(ipPlans);
        assertThat(plan.desired()).isSameAs(ipPlans.desired());
        assertThat(plan.validation()).isSameAs(report);
        assertThat(plan.ipPlans()).isSameAs(ipPlans);
    }

    @Test
    void plansTheLoadBalancersAgainstTheNodesItKeeps() {
        var plan = Topologies.PLANNER.plan(Topologies.canonical().topology());

        var targets = plan.loadBalancers().get(0).targetGroups().get(0).targets().stream()
                .map(target -> target.ip())
                .toList();

        assertThat(plan.desired().nodes())
                .extracting(node -> Ipv4Cidr.formatAddress(node.primaryIp()))
                .containsExactlyInAnyOrderElementsOf(targets);
    }

    @Test
    void refusesATopologyPastItsLimitsBeforePlanningAnything() {
        var topology =
                Topologies.canonical().set("nodeGroups[0].desiredSize", 11).topology();
        var planner = Topologies.PLANNER.within(new SizeLimits(10, 1_000, 10, 10, 10, 10));

        assertThatThrownBy(() -> planner.plan(topology))
                .isInstanceOfSatisfying(
                        LimitExceeded.class, e -> assertThat(e.limit()).isEqualTo("nodes"));
        assertThat(planner.within(SizeLimits.DEFAULTS).plan(topology).desired().nodes())
                .hasSize(11);
    }
}
