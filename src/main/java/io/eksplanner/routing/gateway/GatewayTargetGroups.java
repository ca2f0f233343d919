package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.ServiceTargets;
import io.eksplanner.routing.SourceIpAtPod;
import io.eksplanner.routing.TargetType;
import io.eksplanner.routing.TrafficModel;
import io.eksplanner.routing.gateway.RouteBackends.Backend;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.eksplanner.topology.model.TargetGroupConfiguration.HealthCheckProps;
import io.eksplanner.topology.model.TargetGroupConfiguration.TargetGroupProps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target groups of one Gateway's load balancer, one per route, Service and port as the controller keys them
 * (aws-load-balancer-controller v3.5.0, {@code pkg/gateway/model/model_build_target_group.go}, {@code
 * buildTargetGroupResourceID}, {@code buildTargetGroupSpec}), the first build of a key kept: target type from the
 * props (else {@code instance}, the controller's {@code --default-target-type}), port ({@code GetTargetGroupPort}),
 * protocol, protocol version and health check with the controller's Gateway defaults, and the targets, traffic and
 * packet paths of the other load balancers ({@link TrafficModel}).
 */
final class GatewayTargetGroups {

    private static final String NO_LOCAL_ENDPOINT = "no local endpoint: with externalTrafficPolicy Local the NodePort"
            + " answers only on nodes with a pod of the Service, so the health check fails";

    /** A built target group, its target type and the packet paths of its requests. */
    record Built(TargetGroup group, TargetType targetType, List<PacketPath> paths) {}

    private final RoutingContext context;
    private final GatewayConfiguration config;
    private final String gatewayKey;
    private final LoadBalancerType type;
    private final List<String> zones;
    private final boolean crossZone;
    private final List<Problem> problems;
    private final Map<String, Built> built = new LinkedHashMap<>();

    GatewayTargetGroups(
            RoutingContext context,
            GatewayConfiguration config,
            String gatewayKey,
            LoadBalancerType type,
            List<String> zones,
            boolean crossZone,
            List<Problem> problems) {
        this.context = context;
        this.config = config;
        this.gatewayKey = gatewayKey;
        this.type = type;
        this.zones = zones;
        this.crossZone = crossZone;
        this.problems = problems;
    }

    /** The target groups built so far, in order. */
    List<Built> all() {
        return List.copyOf(built.values());
    }

    /** The name of {@code backend}'s target group on a listener of {@code listenerProtocol}, built on first use. */
    String of(RouteRef route, Backend backend, String listenerProtocol) {
        if (backend.service() == null) {
            return backend.targetGroupName();
        }
        var service = backend.service();
        var port = service.ports().get(backend.portIndex());
        var props = TargetGroupPropsResolver.of(
                context.topology().gatewayApi(), config, route.route(), service.namespace(), service.name());
        var targetPort = port.targetPort() == null
                ? String.valueOf(port.port())
                : port.targetPort().number() != null
                        ? String.valueOf(port.targetPort().number())
                        : port.targetPort().name();
        String name = props != null && props.targetGroupName() != null
                ? props.targetGroupName()
                : gatewayKey + ":" + route.route().namespace() + "-"
                        + route.route().name() + ":" + route.route().kind() + "-" + service.namespace() + "-"
                        + service.name() + ":" + targetPort;
        if (!built.containsKey(name)) {
            built.put(name, build(name, route, backend, listenerProtocol, props));
        }
        return name;
    }

    private Built build(String name, RouteRef route, Backend backend, String listenerProtocol, TargetGroupProps props) {
        var service = backend.service();
        boolean ip = props != null && "ip".equals(props.targetType());
        var registered = ServiceTargets.of(
                context,
                service,
                backend.portIndex(),
                ip,
                NO_LOCAL_ENDPOINT,
                field -> new Problem(
                        ProblemCode.LB_NODEPORT_REQUIRED,
                        "services[" + backend.serviceIndex() + "]." + field,
                        "TargetGroup port is empty. When using Instance targets, your service must be of type"
                                + " 'NodePort' or 'LoadBalancer' (Service " + service.namespace() + "/"
                                + service.name() + ", backend of " + route.source() + ")"),
                problems);
        boolean local = registered.local();
        int groupPort = registered.port();
        String protocol = protocol(route, listenerProtocol, props);
        String version = version(route, listenerProtocol, props);
        boolean localCheck = type == LoadBalancerType.NLB && !ip && local;
        var healthCheck = healthCheck(props, protocol, version, localCheck, context.healthCheckNodePort(service));
        var spread = registered.spread(zones, crossZone, ip);
        var group = new TargetGroup(
                name, protocol, version, groupPort, healthCheck, registered.targets(), spread.traffic());
        var sourceIp = sourceIp(ip, local, protocol, props);
        var paths = spread.routes().stream()
                .map(path -> path.toPath(type, ip, local, groupPort, sourceIp))
                .toList();
        return new Built(group, ip ? TargetType.IP : TargetType.INSTANCE, paths);
    }

    /** {@code buildTargetGroupProtocol}: an ALB's HTTP unless the props say HTTPS; an NLB's from its listener. */
    private String protocol(RouteRef route, String listenerProtocol, TargetGroupProps props) {
        String configured = props == null ? null : props.protocol();
        if (type == LoadBalancerType.ALB) {
            return configured != null ? configured : "HTTP";
        }
        if (List.of("TCP_UDP", "QUIC", "TCP_QUIC").contains(listenerProtocol)) {
            return listenerProtocol;
        }
        if (configured != null) {
            return configured;
        }
        return switch (route.route().kind()) {
            case UDPRoute -> "UDP";
            case TLSRoute -> "TLS";
            default -> "TCP";
        };
    }

    /** {@code buildTargetGroupProtocolVersion}: HTTP1 except on an HTTPS listener; none for an NLB. */
    private String version(RouteRef route, String listenerProtocol, TargetGroupProps props) {
        if (type == LoadBalancerType.NLB) {
            return null;
        }
        if (!"HTTPS".equals(listenerProtocol)) {
            return "HTTP1";
        }
        if (props != null && props.protocolVersion() != null) {
            return props.protocolVersion();
        }
        return route.route().kind() == RouteKind.GRPCRoute ? "GRPC" : "HTTP1";
    }

    /** {@code buildTargetGroupHealthCheckConfig} with the Gateway builder's defaults ({@code newTargetGroupBuilder}). */
    private HealthCheck healthCheck(
            TargetGroupProps props, String protocol, String version, boolean local, Integer healthCheckNodePort) {
        var given = props == null || props.healthCheck() == null
                ? new HealthCheckProps(null, null, null, null, null, null, null, null, null)
                : props.healthCheck();
        String port = given.port() != null && !given.port().equals("traffic-port")
                ? given.port()
                : given.port() == null && local && healthCheckNodePort != null
                        ? String.valueOf(healthCheckNodePort)
                        : "traffic-port";
        String hcProtocol = given.protocol() != null
                ? given.protocol()
                : type == LoadBalancerType.NLB ? (local ? "HTTP" : "TCP") : protocol;
        boolean grpc = "GRPC".equals(version);
        String path = hcProtocol.equals("TCP")
                ? null
                : given.path() != null ? given.path() : grpc ? "/AWS.ALB/healthcheck" : local ? "/healthz" : "/";
        String matcher = hcProtocol.equals("TCP")
                ? null
                : grpc
                        ? (given.grpcCode() != null ? given.grpcCode() : "12")
                        : (given.httpCode() != null ? given.httpCode() : "200-399");
        return new HealthCheck(
                hcProtocol,
                port,
                path,
                given.intervalSeconds() != null ? given.intervalSeconds() : local ? 10 : 15,
                given.timeoutSeconds() != null ? given.timeoutSeconds() : local ? 6 : 5,
                given.healthyThresholdCount() != null ? given.healthyThresholdCount() : local ? 2 : 3,
                given.unhealthyThresholdCount() != null ? given.unhealthyThresholdCount() : local ? 2 : 3,
                matcher);
    }

    /**
     * The address the pod sees: an ALB's own, or the node's after kube-proxy's SNAT; an NLB's ip targets see the
     * client when {@code preserve_client_ip.enabled} (on by default for UDP), else the NLB's address
     * (src/docs/reference/aws-load-balancers.md §6, §9.2).
     */
    private SourceIpAtPod sourceIp(boolean ip, boolean local, String protocol, TargetGroupProps props) {
        if (type == LoadBalancerType.ALB) {
            return ip || local ? SourceIpAtPod.ALB_IP : SourceIpAtPod.NODE_IP;
        }
        if (ip) {
            String preserve =
                    props == null ? null : props.targetGroupAttributes().get("preserve_client_ip.enabled");
            boolean preserved = preserve != null ? preserve.equals("true") : protocol.contains("UDP");
            return preserved ? SourceIpAtPod.CLIENT_IP : SourceIpAtPod.NLB_PRIVATE_IP;
        }
        return local ? SourceIpAtPod.CLIENT_IP : SourceIpAtPod.NODE_IP;
    }
}
