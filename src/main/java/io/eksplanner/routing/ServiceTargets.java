package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.TrafficModel.Spread;
import io.eksplanner.routing.TrafficModel.TrafficTarget;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The targets an Ingress's or a Gateway's target group registers for one Service port, as the controller's Ingress
 * and Gateway builders both register them (src/docs/domain-rules.md §4): with ip targets every endpoint on its port (the group's port the
 * numeric targetPort, {@link ServiceEndpoints#ipTargetGroupPort}); with instance targets every node on the Service's
 * NodePort, none for a ClusterIP Service, which fails the model (the caller's problem); and how they hand requests to
 * the pods. Public because the alb and gateway packages build their target groups with it.
 */
public record ServiceTargets(
        int port, List<Target> targets, List<TrafficTarget> traffic, ServiceEndpoints endpoints, boolean local) {

    /**
     * The targets of {@code service}'s port {@code portIndex}; {@code noLocalEndpoint} says why a node without a local
     * pod fails the check under {@code Local}, and {@code nodePortRequired}, given the Service's field that leaves the
     * port without a NodePort (its ClusterIP {@code type}, or {@code allocateLoadBalancerNodePorts: false}), makes the
     * problem added to {@code problems} when instance targets meet such a port.
     */
    public static ServiceTargets of(
            RoutingContext context,
            Service service,
            int portIndex,
            boolean ip,
            String noLocalEndpoint,
            Function<String, Problem> nodePortRequired,
            List<Problem> problems) {
        var port = service.ports().get(portIndex);
        boolean local = service.externalTrafficPolicy() == ExternalTrafficPolicy.Local;
        var endpoints = context.endpoints(service);
        var targets = new ArrayList<Target>();
        List<TrafficTarget> traffic = List.of();
        int groupPort;
        String missingNodePortField = ip ? null : context.missingNodePortField(service, portIndex);
        if (ip) {
            groupPort = ServiceEndpoints.ipTargetGroupPort(port);
            traffic = TrafficModel.podTargets(endpoints, port, targets);
        } else if (missingNodePortField != null) {
            groupPort = 0;
            problems.add(nodePortRequired.apply(missingNodePortField));
        } else {
            groupPort = context.nodePort(service, portIndex);
            traffic = TrafficModel.nodeTargets(context, endpoints.pods(), local, groupPort, noLocalEndpoint, targets);
        }
        return new ServiceTargets(groupPort, targets, traffic, endpoints, local);
    }

    /** How requests entering in {@code zones} spread over these targets to the Service's pods. */
    public Spread spread(List<String> zones, boolean crossZone, boolean ip) {
        return TrafficModel.spread(zones, crossZone, ip, traffic, endpoints.pods());
    }
}
