package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.ForwardShares;
import io.eksplanner.routing.HealthChecks;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
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
 * A Service's load balancer once its owner has settled it: per listener (one per Service port, or per port number
 * for the controller's NLB, see {@link NlbPorts}) a target group of nodes on the NodePort or of pod IPs, with the
 * owner's health check (src/docs/reference/aws-load-balancers.md §5), how it spreads the requests, and the packet
 * paths through every target group (§6, §9.2).
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
        var path = "services[" + context.serviceIndex(service.namespace(), service.name()) + "].annotations";
        boolean controller = settings.owner() == LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
        var problems = new ArrayList<Problem>();
        var listeners = new ArrayList<Listener>();
        HealthCheck health;
        TlsListeners tls;
        List<NlbPorts.NlbPort> ports;
        ServiceResource resource;
        try {
            health = healthCheck(loadBalancer, settings);
            resource = ServiceResource.of(loadBalancer, settings.owner());
            tls = controller
                    ? NlbTls.of(loadBalancer.annotations(), service.ports())
                    : LegacyTls.of(loadBalancer.annotations(), settings.type(), service.ports());
            ports = controller
                    ? NlbPorts.of(loadBalancer, path, problems)
                    : legacyPorts(loadBalancer, settings, problems);
            listeners.addAll(listeners(loadBalancer, controller, tls, ports));
        } catch (Annotations.InvalidAnnotation invalid) {
            // Both controllers fail the load balancer on a health-check value, name, tag or attribute they cannot
            // parse.
            return loadBalancer.failed(settings.owner(), path, invalid);
        } catch (NlbPorts.Refused refused) {
            return loadBalancer.failed(
                    settings.owner(),
                    "services[" + context.serviceIndex(service.namespace(), service.name()) + "].ports",
                    refused.getMessage());
        }
        var unallocated = ip || !controller ? null : unallocatedNodePort(loadBalancer, ports);
        if (unallocated != null) {
            return unallocated;
        }
        var groups = new ArrayList<TargetGroup>();
        var paths = new ArrayList<List<PacketPath>>();
        var sourceIp = sourceIpAtPod(settings.type(), ip, loadBalancer.local(), settings.clientIpPreserved());
        for (int index = 0; index < ports.size(); index++) {
            var port = ports.get(index);
            var listener = listeners.get(index);
            var built = targetGroup(loadBalancer, settings, endpoints, health, port, listener.protocol());
            groups.add(built.group());
            int nodePort = context.nodePort(service, port.portIndex());
            paths.add(built.routes().stream()
                    .map(route -> route.toPath(settings.type(), ip, loadBalancer.local(), nodePort, sourceIp))
                    .toList());
        }
        // Each listener forwards to its one target group.
        var shares = new ForwardShares();
        groups.forEach(group -> shares.add(List.of(new WeightedTargetGroup(group.name(), null))));
        var weighed = shares.weigh(groups);
        return plan(loadBalancer, settings, resource, listeners, weighed, TrafficModel.paths(weighed, paths), problems);
    }

    /**
     * Each port's listener, in order, after the controller's checks of its target group's attribute annotations.
     *
     * @throws Annotations.InvalidAnnotation when the controller refuses an attribute or the listener's ALPN policy
     */
    private static List<Listener> listeners(
            LoadBalancerService loadBalancer, boolean controller, TlsListeners tls, List<NlbPorts.NlbPort> ports) {
        var listeners = new ArrayList<Listener>();
        for (NlbPorts.NlbPort port : ports) {
            if (controller) {
                NlbTargetGroupAttributes.check(
                        loadBalancer.annotations(), port.port().port());
            }
            listeners.add(tls.listener(port.port(), port.protocol()));
        }
        return listeners;
    }

    /**
     * The controller's failure when a listener's port has no NodePort for its instance targets (a LoadBalancer
     * Service with {@code allocateLoadBalancerNodePorts: false} that gives none): it fails the model
     * (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
     * pkg/service/model_build_target_group.go}, {@code buildTargetType}; src/docs/reference/aws-load-balancers.md
     * §10.1); null for every port with one, and for the legacy provider, which skips such a port instead.
     */
    private LoadBalancerPlan unallocatedNodePort(LoadBalancerService loadBalancer, List<NlbPorts.NlbPort> ports) {
        var service = loadBalancer.service();
        var owner = LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
        for (NlbPorts.NlbPort port : ports) {
            var field = context.missingNodePortField(service, port.portIndex());
            if (field != null) {
                var index = context.serviceIndex(service.namespace(), service.name());
                return loadBalancer.failed(
                        owner,
                        ProblemCode.LB_NODEPORT_REQUIRED,
                        "services[" + index + "]." + field,
                        "unable to support instance target type with an unallocated NodePort");
            }
        }
        return null;
    }

    /**
     * The legacy provider's listeners: one per port, TCP on a CLB, the port's protocol on an NLB; a port without a
     * NodePort (a Service with {@code allocateLoadBalancerNodePorts: false} that gives the port none) is skipped with
     * "Ignoring port without NodePort defined", so it gets no listener and no target group (cloud-provider-aws
     * 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code pkg/providers/v1/aws.go}, {@code EnsureLoadBalancer}, before
     * {@code buildListener} and the NLB's port mappings; src/docs/reference/aws-load-balancers.md §10.1).
     */
    private List<NlbPorts.NlbPort> legacyPorts(
            LoadBalancerService loadBalancer, LoadBalancerSettings settings, List<Problem> problems) {
        var service = loadBalancer.service();
        var ports = service.ports();
        var index = context.serviceIndex(service.namespace(), service.name());
        var listeners = new ArrayList<NlbPorts.NlbPort>();
        var ignored = new ArrayList<Integer>();
        for (int p = 0; p < ports.size(); p++) {
            if (context.nodePort(service, p) == 0) {
                ignored.add(p);
            } else {
                listeners.add(new NlbPorts.NlbPort(ports.get(p), p, listenerProtocol(settings.type(), ports.get(p))));
            }
        }
        for (int p : ignored) {
            problems.add(new Problem(
                    ProblemCode.LEGACY_PORT_IGNORED,
                    "services[" + index + "].ports[" + p + "].nodePort",
                    "the legacy cloud provider ignores port " + ports.get(p).port() + " of Service "
                            + service.namespace() + "/" + service.name()
                            + ": it has no NodePort (allocateLoadBalancerNodePorts: false and no nodePort given),"
                            + " so the load balancer gets no listener for it (\"Ignoring port without NodePort"
                            + " defined\")"
                            + (listeners.isEmpty() ? "; no port is left, so the load balancer has no listener" : "")));
        }
        return listeners;
    }

    private static LoadBalancerPlan plan(
            LoadBalancerService loadBalancer,
            LoadBalancerSettings settings,
            ServiceResource resource,
            List<Listener> listeners,
            List<TargetGroup> groups,
            List<PacketPath> paths,
            List<Problem> problems) {
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
                resource.name(),
                resource.tags(),
                resource.attributes(),
                listeners,
                null,
                groups,
                paths,
                problems);
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
        boolean ip = settings.targetType() == TargetType.IP;
        var check = HealthChecks.nlb(
                ip,
                loadBalancer.local(),
                service.type() == ServiceType.LoadBalancer,
                healthCheckNodePort,
                loadBalancer.annotations());
        return HealthCheckPorts.resolve(context, loadBalancer, ip, check);
    }

    /**
     * A listener's target group, named {@code <ns>/<svc>:<port>} (aws-load-balancer-controller v3.5.0, {@code
     * pkg/service/model_build_target_group.go}, {@code buildTargetGroupResourceID}): the listener's protocol (UDP,
     * TCP_UDP; TCP behind a TLS listener, TLS with {@code aws-load-balancer-backend-protocol: ssl}), on the NodePort
     * or, for ip targets, the numeric targetPort (1 for a named one, {@code buildTargetGroupPort}).
     */
    private PortTargetGroup targetGroup(
            LoadBalancerService loadBalancer,
            LoadBalancerSettings settings,
            ServiceEndpoints endpoints,
            HealthCheck health,
            NlbPorts.NlbPort listener,
            String listenerProtocol) {
        context.deadline().check();
        var service = loadBalancer.service();
        var port = listener.port();
        boolean ip = settings.targetType() == TargetType.IP;
        int nodePort = context.nodePort(service, listener.portIndex());
        var targets = new ArrayList<Target>();
        List<TrafficTarget> traffic = ip
                ? TrafficModel.podTargets(endpoints, port, targets)
                : TrafficModel.nodeTargets(
                        context, endpoints.pods(), loadBalancer.local(), nodePort, NO_LOCAL_ENDPOINT, targets);
        var zones = settings.subnets().stream().map(Subnet::availabilityZone).toList();
        var spread = TrafficModel.spread(zones, settings.crossZone(), ip, traffic, endpoints.pods());
        var protocol = listenerProtocol;
        if (settings.type() == LoadBalancerType.CLB) {
            protocol = "TCP";
        } else if (protocol.equals("TLS")) {
            protocol =
                    "ssl".equals(loadBalancer.annotations().get("aws-load-balancer-backend-protocol")) ? "TLS" : "TCP";
        }
        var name = service.namespace() + "/" + service.name() + ":" + port.port();
        var group = new TargetGroup(
                name,
                protocol,
                null,
                ip ? ServiceEndpoints.ipTargetGroupPort(port) : nodePort,
                health,
                targets,
                spread.traffic());
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
        if (type == LoadBalancerType.CLB) {
            return SourceIpAtPod.CLB_IP;
        }
        // With preserve_client_ip.enabled=false the NLB itself replaces the source, even for instance targets.
        return preserved ? SourceIpAtPod.CLIENT_IP : SourceIpAtPod.NLB_PRIVATE_IP;
    }
}
