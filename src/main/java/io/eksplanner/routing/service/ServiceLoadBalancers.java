package io.eksplanner.routing.service;

import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ServiceType;
import java.util.List;

/**
 * Which controller, under the cluster's load-balancing profile, builds the load balancer of each Service of type
 * LoadBalancer (src/docs/reference/aws-load-balancers.md §1): by {@code loadBalancerClass} (stamped by the AWS Load
 * Balancer Controller's webhook when it runs), else by {@code aws-load-balancer-type}. Public because {@link
 * LoadBalancerPlanner} runs it.
 */
public final class ServiceLoadBalancers {

    private static final String AUTO_MODE_CLASS_PREFIX = "eks.amazonaws.com/";

    private final RoutingContext context;
    private final ControllerNlb controllerNlb;
    private final LegacyLoadBalancer legacy;
    private boolean exhaustionReported;

    public ServiceLoadBalancers(RoutingContext context) {
        this.context = context;
        var targetGroups = new ServiceTargetGroups(context);
        this.controllerNlb = new ControllerNlb(context, targetGroups);
        this.legacy = new LegacyLoadBalancer(context, targetGroups);
    }

    /** One plan per Service of type LoadBalancer, in topology order. */
    public List<LoadBalancerPlan> plan() {
        return context.topology().services().stream()
                .filter(service -> service.type() == ServiceType.LoadBalancer)
                .map(this::plan)
                .toList();
    }

    private LoadBalancerPlan plan(Service service) {
        context.deadline().check();
        var loadBalancer = LoadBalancerService.of(service);
        if (context.refusedForNodePorts(service)) {
            return refused(loadBalancer);
        }
        var type = loadBalancer.annotations().getOrDefault("aws-load-balancer-type", "");
        var nlbTargetType = loadBalancer.annotations().get("aws-load-balancer-nlb-target-type");
        var loadBalancerClass = effectiveClass(service);
        return loadBalancerClass != null
                ? ownedByClass(loadBalancer, loadBalancerClass, type, nlbTargetType)
                : ownedByAnnotation(loadBalancer, type, nlbTargetType);
    }

    /**
     * A Service the apiserver never creates, the NodePort range being full: no controller sees it. The first such
     * plan carries the one problem that names the first Service refused (its reason too), so a cluster of thousands of
     * them gets one finding, not thousands.
     */
    private LoadBalancerPlan refused(LoadBalancerService loadBalancer) {
        var reason = "the apiserver refuses to create this Service: failed to allocate a nodePort: range is full"
                + " (30000-32767)";
        if (exhaustionReported) {
            return loadBalancer.none(null, reason);
        }
        exhaustionReported = true;
        var problem = context.nodePortRangeExhausted();
        return loadBalancer.refused(problem.message(), problem);
    }

    /** The Service's loadBalancerClass, or the controller's when its webhook stamps class-less Services. */
    private String effectiveClass(Service service) {
        // The webhook stamps the controller's class on every new LoadBalancer Service
        // (src/docs/reference/aws-load-balancers.md §1.3).
        if (service.loadBalancerClass() == null
                && context.runsLoadBalancerController()
                && context.serviceMutatorWebhook()) {
            return LoadBalancerOwner.CONTROLLER_CLASS;
        }
        return service.loadBalancerClass();
    }

    private LoadBalancerPlan ownedByClass(
            LoadBalancerService loadBalancer, String loadBalancerClass, String type, String nlbTargetType) {
        if (loadBalancerClass.startsWith(AUTO_MODE_CLASS_PREFIX)) {
            return loadBalancer.none(
                    null,
                    "loadBalancerClass " + loadBalancerClass + " belongs to EKS Auto Mode,"
                            + " which the planner does not simulate");
        }
        if (!context.runsLoadBalancerController() || !LoadBalancerOwner.CONTROLLER_CLASS.equals(loadBalancerClass)) {
            return loadBalancer.none(
                    null,
                    "loadBalancerClass " + loadBalancerClass + " is served by no controller"
                            + " in this cluster; the legacy controller ignores Services with a class");
        }
        return controllerNlb.plan(loadBalancer, type, nlbTargetType);
    }

    private LoadBalancerPlan ownedByAnnotation(LoadBalancerService loadBalancer, String type, String nlbTargetType) {
        boolean lbc = context.runsLoadBalancerController();
        boolean external = type.equals("external");
        boolean validTargetType = "ip".equals(nlbTargetType) || "instance".equals(nlbTargetType);
        if (lbc && (type.equals("nlb-ip") || (external && validTargetType))) {
            return controllerNlb.plan(loadBalancer, type, nlbTargetType);
        }
        if (type.equals("nlb-ip") || external) {
            return loadBalancer.none(
                    null,
                    lbc
                            ? "aws-load-balancer-type external without aws-load-balancer-nlb-target-type: the AWS"
                                    + " Load Balancer Controller does not take it and the legacy controller leaves"
                                    + " it to an external one (ImplementedElsewhere)"
                            : "aws-load-balancer-type " + type + " is left to the AWS Load Balancer Controller"
                                    + " (ImplementedElsewhere), which this cluster does not run");
        }
        return legacy.plan(loadBalancer, type.equals("nlb"));
    }
}
