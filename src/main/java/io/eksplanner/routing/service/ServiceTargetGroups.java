package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.HealthChecks;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.Route;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.ServiceEndpoints;
import io.eksplanner.routing.SourceIpAtPod;
import io.eksplanner.routing.TargetType;
import io.eksplanner.routing.TrafficModel;
import io.eksplanner.routing.TrafficModel.TrafficTarget;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service's load balancer once its owner has settled it: per Service port a listener and a target group of nodes
 * on the NodePort or of pod IPs, with the owner's health check (src/docs/reference/aws-load-balancers.md §5), how it
 * spreads the requests, and the packet paths of the first port (§6, §9.2).
 */
final class ServiceTargetGroups {

    private static final String NO_LOCAL_ENDPOINT = "no local endpoint: /healthz on the health-check NodePort fails";

    private final RoutingContext context;

    ServiceTargetGroups(RoutingContext context) {
        this.context = context;
    }

    /** A Service port's target group and the routes its requests take. */
    private record PortTargetGroup(TargetGroup group, List<Route> routes) {}

    LoadBalancerPlan build(LoadBalancerService loadBalancer, LoadBalancerSettings settings) {
        var service = loadBalancer.service();
        boolean ip = settings.targetType() == TargetType.IP;
        var endpoints = context.endpoints(service);
        HealthCheck health;
        TlsListeners tls;
        try {
            health = healthCheck(loadBalancer, settings);
            tls = settings.owner() == LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER
                    ? NlbTls.of(loadBalancer.annotations(), service.ports())
                    : LegacyTls.of(loadBalancer.annotations(), settings.type(), service.ports());
        } catch (Annotations.InvalidAnnotation invalid) {
            // Both controllers fail the load balancer on a health-check value they cannot parse.
            var index = context.serviceIndex(service.namespace(), service.name());
            return loadBalancer.failed(settings.owner(), "services[" + index + "].annotations", invalid);
        }
        var listeners = new ArrayList<Listener>();
        var groups = new ArrayList<TargetGroup>();
        List<Route> routes = List.of();
        for (int p = 0; p < service.ports().size(); p++) {
            var port = service.ports().get(p);
            var protocol = listenerProtocol(settings.type(), port);
            listeners.add(tls == null ? new Listener(protocol, port.port()) : tls.listener(port, protocol));
            var built = targetGroup(loadBalancer, settings, endpoints, health, p);
            groups.add(built.group());
            if (p == 0) {
                routes = built.routes();
            }
        }
        var sourceIp = sourceIpAtPod(settings.type(), ip, loadBalancer.local(), settings.clientIpPreserved());
        var paths = routes.stream()
                .map(route ->
                        route.toPath(settings.type(), ip, loadBalancer.local(), context.nodePort(service, 0), sourceIp))
                .toList();
        return plan(loadBalancer, settings, listeners, groups, paths);
    }

    private static LoadBalancerPlan plan(
            LoadBalancerService loadBalancer,
            LoadBalancerSettings settings,
            List<Listener> listeners,
            List<TargetGroup> groups,
            List<PacketPath> paths) {
        return new LoadBalancerPlan(
                loadBalancer.id(),
                loadBalancer.source(),
                settings.owner(),
                null,
                settings.type(),
                settings.scheme(),
                settings.targetType(),
                settings.ipAddressType(),
                settings.subnets().stream()
                        .map(subnet -> new LbSubnet(subnet.name(), subnet.availabilityZone()))
                        .toList(),
                settings.crossZone(),
                settings.clientIpPreserved(),
                listeners,
                null,
                groups,
                paths,
                null);
    }

    /** A CLB listens on TCP; an NLB on the port's protocol, TCP when it names none. */
    private static String listenerProtocol(LoadBalancerType type, ServicePort port) {
        if (type == LoadBalancerType.CLB) {
            return "TCP";
        }
        return port.protocol() == null ? "TCP" : port.protocol().name();
    }

    private HealthCheck healthCheck(LoadBalancerService loadBalancer, LoadBalancerSettings settings) {
        var service = loadBalancer.service();
        var healthCheckNodePort = context.healthCheckNodePort(service);
        if (settings.owner() == LoadBalancerOwner.LEGACY) {
            return HealthChecks.legacy(
                    settings.type(), loadBalancer.local(), healthCheckNodePort, loadBalancer.annotations());
        }
        return HealthChecks.nlb(
                settings.targetType() == TargetType.IP,
                loadBalancer.local(),
                service.type() == ServiceType.LoadBalancer,
                healthCheckNodePort,
                loadBalancer.annotations());
    }

    private PortTargetGroup targetGroup(
            LoadBalancerService loadBalancer,
            LoadBalancerSettings settings,
            ServiceEndpoints endpoints,
            HealthCheck health,
            int portIndex) {
        var service = loadBalancer.service();
        var port = service.ports().get(portIndex);
        boolean ip = settings.targetType() == TargetType.IP;
        int nodePort = context.nodePort(service, portIndex);
        var targets = new ArrayList<Target>();
        List<TrafficTarget> traffic = ip
                ? TrafficModel.podTargets(endpoints, port, targets)
                : TrafficModel.nodeTargets(
                        context.nodes(), endpoints.pods(), loadBalancer.local(), nodePort, NO_LOCAL_ENDPOINT, targets);
        var zones = settings.subnets().stream().map(Subnet::availabilityZone).toList();
        var spread = TrafficModel.spread(zones, settings.crossZone(), ip, traffic, endpoints.pods());
        var group =
                new TargetGroup("TCP", ip ? endpoints.firstPort(port) : nodePort, health, targets, spread.traffic());
        return new PortTargetGroup(group, spread.routes());
    }

    /** What source address the pod sees (src/docs/reference/aws-load-balancers.md §6, §9.2). */
    private static SourceIpAtPod sourceIpAtPod(LoadBalancerType type, boolean ip, boolean local, boolean preserved) {
        if (ip) {
            return preserved ? SourceIpAtPod.CLIENT_IP : SourceIpAtPod.NLB_PRIVATE_IP;
        }
        if (!local) {
            return SourceIpAtPod.NODE_IP;
        }
        return type == LoadBalancerType.CLB ? SourceIpAtPod.CLB_IP : SourceIpAtPod.CLIENT_IP;
    }
}
