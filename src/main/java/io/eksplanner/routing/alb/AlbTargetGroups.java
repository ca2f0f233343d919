package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.ForwardShares;
import io.eksplanner.routing.HealthChecks;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The target groups of an ALB (src/docs/reference/aws-load-balancers.md §3.2, §5.2, §9.2): one per Ingress, Service
 * and port (see {@link Backends}), each configured by its own Ingress's annotations merged under the Service's, with
 * the target type of the Ingress's IngressClassParams over both; pod IPs with {@code target-type: ip}, else the nodes
 * on the Service's NodePort (none for a ClusterIP Service, a problem). Requests spread with cross-zone always on
 * (src/docs/reference/aws-load-balancers.md §6).
 */
final class AlbTargetGroups {

    private static final String NO_LOCAL_ENDPOINT = "no local endpoint: with externalTrafficPolicy Local the NodePort"
            + " answers only on nodes with a pod of the Service, so the ALB health check fails";

    private final RoutingContext context;

    AlbTargetGroups(RoutingContext context) {
        this.context = context;
    }

    /** A backend's target group, its target type, and the packet paths of its requests. */
    private record AlbTargetGroup(TargetGroup group, TargetType targetType, List<PacketPath> paths) {}

    /** An ALB's target groups; its target type (mixed when they differ) and the packet paths through all of them. */
    record BackendTargets(List<TargetGroup> groups, TargetType targetType, List<PacketPath> paths) {}

    /**
     * A target group per backend, in order, weighed by the ALB's {@code forwards}. The ALB's target type is the one its target groups resolve to; with no
     * target group (every rule a fixed response) the one its members' annotations resolve to, never a fallback.
     */
    BackendTargets of(
            Collection<Backend> backends,
            List<GroupedIngress> members,
            List<String> zones,
            ForwardShares forwards,
            List<Problem> problems) {
        var groups = new ArrayList<TargetGroup>();
        var paths = new ArrayList<List<PacketPath>>();
        var targetTypes = new LinkedHashSet<TargetType>();
        for (Backend backend : backends) {
            var built = targetGroup(backend, zones, problems);
            groups.add(built.group());
            paths.add(built.paths());
            targetTypes.add(built.targetType());
        }
        if (targetTypes.isEmpty()) {
            members.forEach(member -> resolved(member, member.annotations(), targetTypes));
        }
        if (targetTypes.isEmpty()) {
            // The controller's --default-target-type.
            targetTypes.add(TargetType.INSTANCE);
        }
        var targetType = targetTypes.size() == 1 ? targetTypes.iterator().next() : TargetType.MIXED;
        var weighed = forwards.weigh(groups);
        return new BackendTargets(weighed, targetType, TrafficModel.paths(weighed, paths));
    }

    /**
     * The backend's target group as {@code buildTargetGroupSpec} builds it: target type, protocol, protocol version
     * and health check in that order, each error failing the model (aws-load-balancer-controller v3.5.0, commit
     * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_target_group.go}).
     */
    private AlbTargetGroup targetGroup(Backend backend, List<String> zones, List<Problem> problems) {
        var service = backend.service();
        var port = service.ports().get(backend.portIndex());
        var annotations = annotations(backend);
        TargetType resolved = TargetType.INSTANCE;
        String protocol = "HTTP";
        String version = "HTTP1";
        HealthCheck healthCheck = null;
        try {
            resolved = targetType(backend.member(), annotations);
            protocol = backendProtocol(annotations);
            version = protocolVersion(annotations);
            healthCheck = HealthChecks.alb(annotations, protocol, version);
        } catch (Annotations.InvalidAnnotation invalid) {
            problems.add(BuildFailures.failed(annotationPath(backend, invalid), invalid.getMessage()));
        }
        boolean ip = resolved == TargetType.IP;
        var registered = ServiceTargets.of(
                context,
                service,
                backend.portIndex(),
                ip,
                NO_LOCAL_ENDPOINT,
                field -> nodePortRequired(backend, field),
                problems);
        boolean local = registered.local();
        int groupPort = registered.port();
        var spread = registered.spread(zones, true, ip);
        var group = new TargetGroup(
                backend.id(), protocol, version, groupPort, healthCheck, registered.targets(), spread.traffic());
        var sourceIp = ip || local ? SourceIpAtPod.ALB_IP : SourceIpAtPod.NODE_IP;
        var paths = spread.routes().stream()
                .map(route -> route.toPath(LoadBalancerType.ALB, ip, local, groupPort, sourceIp))
                .toList();
        return new AlbTargetGroup(group, resolved, paths);
    }

    /**
     * The backend protocol, exactly {@code HTTP} (the default) or {@code HTTPS} ({@code buildTargetGroupProtocol}).
     */
    static String backendProtocol(Annotations annotations) {
        var raw = annotations.getOrDefault("backend-protocol", "HTTP");
        if (!raw.equals("HTTP") && !raw.equals("HTTPS")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("backend-protocol"), "backend protocol must be within [HTTP, HTTPS]: " + raw);
        }
        return raw;
    }

    /**
     * The backend protocol version, exactly {@code HTTP1} (the default), {@code HTTP2} or {@code GRPC} ({@code
     * buildTargetGroupProtocolVersion}).
     */
    static String protocolVersion(Annotations annotations) {
        var raw = annotations.getOrDefault("backend-protocol-version", "HTTP1");
        if (!raw.equals("HTTP1") && !raw.equals("HTTP2") && !raw.equals("GRPC")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("backend-protocol-version"),
                    "backend protocol version must be within [HTTP1, HTTP2, GRPC]: " + raw);
        }
        return raw;
    }

    /**
     * The target type as the controller resolves it: the member's IngressClassParams {@code targetType}, else {@code
     * target-type} (the Service's over the Ingress's), else its default {@code instance}; any other value than {@code
     * instance} or {@code ip} fails the model (aws-load-balancer-controller v3.5.0, commit
     * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_target_group.go}, {@code
     * buildTargetGroupTargetType}).
     */
    static TargetType targetType(GroupedIngress member, Annotations annotations) {
        var fromClass = member.parameters() == null ? null : member.parameters().targetType();
        var raw = fromClass != null ? fromClass : annotations.getOrDefault("target-type", "instance");
        return switch (raw) {
            case "instance" -> TargetType.INSTANCE;
            case "ip" -> TargetType.IP;
            default ->
                throw new Annotations.InvalidAnnotation(annotations.key("target-type"), "unknown targetType: " + raw);
        };
    }

    /**
     * Adds a member's target type, for an ALB without target groups; a value the controller would refuse is left out,
     * since no target group reads it.
     */
    private static void resolved(GroupedIngress member, Annotations annotations, Collection<TargetType> targetTypes) {
        try {
            targetTypes.add(targetType(member, annotations));
        } catch (Annotations.InvalidAnnotation invalid) {
            // No target group is built, so the controller never reads it.
        }
    }

    /**
     * Where an annotation the controller refused comes from: the Service's annotations when it sets it, else the
     * Ingress's.
     */
    private static String annotationPath(Backend backend, Annotations.InvalidAnnotation invalid) {
        return backend.service().annotations().containsKey(invalid.annotation())
                ? "services[" + backend.serviceIndex() + "].annotations"
                : backend.member().annotationsPath();
    }

    /** The backend's annotations: the Service's win over the Ingress's (MergeStringMap(svc, ing)). */
    private static Annotations annotations(Backend backend) {
        var merged = new HashMap<String, String>(backend.member().ingress().annotations());
        merged.putAll(backend.service().annotations());
        return Annotations.alb(merged);
    }

    private static Problem nodePortRequired(Backend backend, String field) {
        return new Problem(
                ProblemCode.LB_NODEPORT_REQUIRED,
                "services[" + backend.serviceIndex() + "]." + field,
                "TargetGroup port is empty. When using Instance targets, your service be must of type 'NodePort'"
                        + " or 'LoadBalancer' (Service " + RoutingContext.key(backend.service())
                        + ", backend of Ingress " + backend.member().key() + ")");
    }
}
