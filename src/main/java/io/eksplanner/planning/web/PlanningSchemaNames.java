package io.eksplanner.planning.web;

import io.eksplanner.common.web.SchemaNames;
import io.eksplanner.ipam.EffectiveCni;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.planning.PlanDiff;
import io.eksplanner.routing.LoadBalancerPlan;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema names of the engines' records that the planning answers embed: the engines are plain Java and carry
 * no {@code @Schema} (src/docs/api-conventions.md §1).
 */
@Configuration(proxyBeanMethods = false)
class PlanningSchemaNames {

    @Bean
    SchemaNames planningEngineSchemaNames() {
        return SchemaNames.of(Map.ofEntries(
                Map.entry(EffectiveCni.class, "EffectiveCni"),
                Map.entry(IpPlan.Totals.class, "IpPlanTotals"),
                Map.entry(IpPlan.Headroom.class, "IpPlanHeadroom"),
                Map.entry(PlanDiff.SubnetChange.class, "PlanDiffSubnetChange"),
                Map.entry(PlanDiff.SubnetState.class, "PlanDiffSubnetState"),
                Map.entry(PlanDiff.NodeGroupChange.class, "PlanDiffNodeGroupChange"),
                Map.entry(PlanDiff.NodeGroupState.class, "PlanDiffNodeGroupState"),
                Map.entry(PlanDiff.LoadBalancerChange.class, "PlanDiffLoadBalancerChange"),
                Map.entry(PlanDiff.LoadBalancerState.class, "PlanDiffLoadBalancerState"),
                Map.entry(LoadBalancerPlan.LbSubnet.class, "LoadBalancerSubnet"),
                Map.entry(LoadBalancerPlan.WeightedTargetGroup.class, "LoadBalancerWeightedTargetGroup"),
                Map.entry(LoadBalancerPlan.Stickiness.class, "LoadBalancerStickiness"),
                Map.entry(LoadBalancerPlan.QueryStringPair.class, "LoadBalancerQueryStringPair"),
                Map.entry(LoadBalancerPlan.HealthCheck.class, "LoadBalancerHealthCheck"),
                Map.entry(LoadBalancerPlan.Target.class, "LoadBalancerTarget"),
                Map.entry(LoadBalancerPlan.PodShare.class, "LoadBalancerPodShare"),
                Map.entry(LoadBalancerPlan.RouteStatus.class, "LoadBalancerRouteStatus")));
    }
}
