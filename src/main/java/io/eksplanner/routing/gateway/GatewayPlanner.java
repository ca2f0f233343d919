package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.GatewayApi;
import java.util.ArrayList;
import java.util.List;

/**
 * The load balancers of a topology's Gateways (src/docs/domain-rules.md §4, "Gateway API load balancers"): a Gateway
 * whose GatewayClass names {@code gateway.k8s.aws/alb} gets an ALB, {@code gateway.k8s.aws/nlb} an NLB, when the AWS
 * Load Balancer Controller runs (its {@code ALBGatewayAPI} and {@code NLBGatewayAPI} feature gates are on by default,
 * {@code pkg/config/feature_gates.go} at v3.5.0); another controller's class is left out, a missing one reported
 * ({@code controllers/gateway/gateway_controller.go}, {@code reconcileHelper}). Public: the load-balancer planner in
 * {@code routing.planner} calls it.
 */
public final class GatewayPlanner {

    /** The ALB Gateway controller's name ({@code pkg/gateway/constants/controller_constants.go}). */
    public static final String ALB_CONTROLLER = "gateway.k8s.aws/alb";

    /** The NLB Gateway controller's name. */
    public static final String NLB_CONTROLLER = "gateway.k8s.aws/nlb";

    /** Plans every Gateway of {@code context}'s topology, in document order. */
    public List<LoadBalancerPlan> plan(RoutingContext context) {
        var api = context.topology().gatewayApi();
        var plans = new ArrayList<LoadBalancerPlan>();
        for (int index = 0; index < api.gateways().size(); index++) {
            var gateway = api.gateways().get(index);
            int classIndex = classIndex(api, gateway.gatewayClassName());
            String source = "Gateway " + gateway.namespace() + "/" + gateway.name();
            if (classIndex < 0) {
                String reason = "GatewayClass \"" + gateway.gatewayClassName() + "\" not found";
                plans.add(LoadBalancerPlan.none(
                        id(gateway),
                        List.of(source),
                        null,
                        reason,
                        List.of(new Problem(
                                ProblemCode.GATEWAY_CLASS_UNKNOWN,
                                "gateways[" + index + "].gatewayClassName",
                                source + ": " + reason))));
                continue;
            }
            var gatewayClass = api.gatewayClasses().get(classIndex);
            LoadBalancerType type = switch (gatewayClass.controllerName()) {
                case ALB_CONTROLLER -> LoadBalancerType.ALB;
                case NLB_CONTROLLER -> LoadBalancerType.NLB;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            if (!context.runsLoadBalancerController()) {
                plans.add(LoadBalancerPlan.none(
                        id(gateway),
                        List.of(source),
                        null,
                        "GatewayClass " + gatewayClass.name() + " is served by " + gatewayClass.controllerName()
                                + ", the AWS Load Balancer Controller, which the cluster does not run"
                                + " (loadBalancing.controller LEGACY)"));
                continue;
            }
            plans.add(new GatewayLoadBalancer(context).build(index, gatewayClass, classIndex, type));
        }
        return plans;
    }

    /** {@code gateway.<namespace>.<name>}. */
    static String id(GatewayApi.Gateway gateway) {
        return "gateway." + gateway.namespace() + "." + gateway.name();
    }

    private static int classIndex(GatewayApi api, String name) {
        for (int i = 0; i < api.gatewayClasses().size(); i++) {
            if (api.gatewayClasses().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
