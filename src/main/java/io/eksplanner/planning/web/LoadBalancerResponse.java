package io.eksplanner.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.QueryStringPair;
import io.eksplanner.routing.LoadBalancerPlan.Redirect;
import io.eksplanner.routing.LoadBalancerPlan.RouteStatus;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.RuleAction;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.routing.LoadBalancerPlan.Stickiness;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.LoadBalancerPlan.Traffic;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.SourceIpAtPod;
import io.eksplanner.routing.TargetType;
import io.eksplanner.routing.TrafficModel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A load balancer as the API returns it (src/docs/domain-rules.md §4); the summary form leaves out targets and paths.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "LoadBalancer",
        description = "What AWS builds for a Service or Ingress, and how requests reach the pods")
record LoadBalancerResponse(
        @Schema(
                description = "stable and URL-safe, e.g. service.default.my-nginx",
                example = "service.default.my-nginx")
        String id,

        @Schema(description = "the Service or the Ingresses it comes from")
        List<String> source,

        @Schema(description = "LEGACY, AWS_LOAD_BALANCER_CONTROLLER, or null with a reason")
        String owner,

        String reason,

        @Schema(description = "CLB, NLB, ALB, or null when no load balancer is built")
        String type,

        String scheme,
        String targetType,
        String ipAddressType,
        List<LbSubnet> subnets,
        Boolean crossZone,
        Boolean clientIpPreserved,

        @Schema(
                description = "the load balancer's name as its owner builds it; {uid} or {uid-hash} stands for the part"
                        + " derived from the Service's UID, which exists only once the Service is created",
                example = "k8s-shop-a1b2c3d4e5")
        String name,

        @Schema(description = "the tags the annotations and IngressClassParams give it (not the owner's tracking tags)")
        Map<String, String> tags,

        @Schema(description = "the load-balancer attributes the annotations and IngressClassParams set")
        Map<String, String> attributes,

        List<ListenerResponse> listeners,

        @Schema(description = "an ALB's listener rules in priority order (detail form only)")
        List<RuleResponse> rules,

        List<TargetGroupResponse> targetGroups,
        List<PathResponse> paths,

        @Schema(
                description = "the traffic over every target group, each taking its share of the requests;"
                        + " a one-group load balancer's is that group's")
        TrafficResponse traffic,

        @Schema(
                description = "a Gateway's routes: per route and parentRef naming it, Accepted and ResolvedRefs as the"
                        + " controller sets them, with the reason")
        List<RouteStatus> routes) {

    /** The API form of a plan: with {@code detail}, its target groups, traffic per pod and packet paths. */
    public static LoadBalancerResponse of(LoadBalancerPlan plan, boolean detail) {
        return of(plan, detail, TargetPage.FIRST);
    }

    /** As {@link #of(LoadBalancerPlan, boolean)}, with {@code page} of each target group's targets and pod shares. */
    static LoadBalancerResponse of(LoadBalancerPlan plan, boolean detail, TargetPage page) {
        return new LoadBalancerResponse(
                plan.id(),
                plan.source(),
                wire(plan.owner(), LoadBalancerOwner::wireName),
                plan.reason(),
                wire(plan.type(), LoadBalancerType::wireName),
                wire(plan.scheme(), Scheme::wireName),
                wire(plan.targetType(), TargetType::wireName),
                plan.ipAddressType(),
                plan.type() == null ? null : plan.subnets(),
                plan.crossZone(),
                plan.clientIpPreserved(),
                plan.name(),
                plan.tags(),
                plan.attributes(),
                plan.type() == null
                        ? null
                        : plan.listeners().stream()
                                .map(listener -> new ListenerResponse(
                                        listener.protocol(),
                                        listener.port(),
                                        listener.defaultAction(),
                                        listener.certificates(),
                                        listener.sslPolicy()))
                                .toList(),
                detail && plan.type() != null && !plan.rules().isEmpty()
                        ? plan.rules().stream().map(RuleResponse::of).toList()
                        : null,
                detail && plan.type() != null
                        ? plan.targetGroups().stream()
                                .map(group -> TargetGroupResponse.of(group, page))
                                .toList()
                        : null,
                detail && plan.type() != null
                        ? plan.paths().stream().map(PathResponse::of).toList()
                        : null,
                plan.traffic() == null ? null : TrafficResponse.of(plan.traffic(), detail, page),
                plan.routes().isEmpty() ? null : plan.routes());
    }

    /** The engine's value as the API spells it, or null. */
    private static <T> String wire(T value, Function<T, String> wireName) {
        return value == null ? null : wireName.apply(value);
    }

    /** A listener; an ALB's also names the action of its default rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerListener")
    public record ListenerResponse(
            String protocol,
            int port,

            @Schema(
                    description = "ALB only: forward <namespace>/<service>:<port>, fixed-response 404, or"
                            + " redirect HTTPS:<port> 301 with ssl-redirect")
            String defaultAction,

            @Schema(description = "HTTPS (ALB) and TLS (NLB) listeners: the certificate ARNs, the default one first")
            List<String> certificates,

            @Schema(description = "HTTPS and TLS listeners: the SSL policy, else ELBSecurityPolicy-2016-08")
            String sslPolicy) {}

    /** An ALB listener rule. */
    @Schema(name = "LoadBalancerRule")
    public record RuleResponse(
            int listenerPort,
            int priority,

            @Schema(
                    description = "readable: host-header: <host>, path-pattern: <pattern>[, <pattern>], http-header"
                            + " <name>: <value>, http-request-method: GET, query-string: <key>=<value>, source-ip:"
                            + " <cidr>; (regex) after the field for regex values")
            List<String> conditions,

            @Schema(
                    description = "readable: forward <namespace>/<service>:<port>[ weight <n>, ...], fixed-response"
                            + " <code> (503 for a missing backend), or redirect <protocol>:<port> <code>")
            String action,

            @Schema(description = "the Ingress (namespace/name) the rule comes from")
            String source,

            @Schema(description = "the action in the controller's structured shape")
            ActionResponse actionDetail,

            @Schema(description = "the conditions in the controller's structured shape and order")
            List<ConditionResponse> conditionDetails) {

        static RuleResponse of(Rule rule) {
            return new RuleResponse(
                    rule.listenerPort(),
                    rule.priority(),
                    rule.conditions(),
                    rule.action(),
                    rule.source(),
                    ActionResponse.of(rule.actionDetail()),
                    rule.conditionDetails().stream().map(ConditionResponse::of).toList());
        }
    }

    /** A rule's action: forward (weighted target groups), fixed-response or redirect; unused fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerAction")
    public record ActionResponse(
            @Schema(description = "forward, fixed-response or redirect")
            String type,

            @Schema(description = "forward: the target groups (<namespace>/<service>:<port>) and their weights")
            List<WeightedTargetGroup> targetGroups,

            @Schema(description = "forward: target-group stickiness, when given")
            Stickiness stickiness,

            @Schema(description = "fixed-response: the HTTP code (503); redirect: HTTP_301 or HTTP_302")
            String statusCode,

            @Schema(description = "fixed-response: the body's content type, text/plain by default")
            String contentType,

            @Schema(description = "fixed-response: the body the ALB answers with; left out when empty")
            String messageBody,

            @Schema(description = "redirect: the parts that change; a missing part keeps the request's")
            RedirectResponse redirect) {

        static ActionResponse of(RuleAction action) {
            return action == null
                    ? null
                    : new ActionResponse(
                            action.type(),
                            action.targetGroups(),
                            action.stickiness(),
                            action.statusCode(),
                            action.contentType(),
                            action.messageBody(),
                            RedirectResponse.of(action.redirect()));
        }
    }

    /** Where a redirect sends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerRedirect")
    public record RedirectResponse(String protocol, String host, String port, String path, String query) {

        static RedirectResponse of(Redirect redirect) {
            return redirect == null
                    ? null
                    : new RedirectResponse(
                            redirect.protocol(), redirect.host(), redirect.port(), redirect.path(), redirect.query());
        }
    }

    /** A rule condition; the fields its type does not use are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerCondition")
    public record ConditionResponse(
            @Schema(
                    description = "host-header, path-pattern, http-header, http-request-method, query-string or"
                            + " source-ip")
            String field,

            @Schema(description = "http-header: the header's name, matched case-insensitively")
            String httpHeaderName,

            @Schema(
                    description = "the values, any one matching: host names, path patterns (* and ? wildcards),"
                            + " header values, methods or source CIDRs")
            List<String> values,

            @Schema(description = "host-header, path-pattern or http-header: regular expressions, any one matching")
            List<String> regexValues,

            @Schema(description = "query-string: key and value pairs, any one matching")
            List<QueryStringPair> queryStrings) {

        static ConditionResponse of(RuleCondition condition) {
            return new ConditionResponse(
                    condition.field(),
                    condition.httpHeaderName(),
                    condition.values(),
                    condition.regexValues(),
                    condition.queryStrings());
        }
    }

    /** A target group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerTargetGroup")
    public record TargetGroupResponse(
            @Schema(
                    description = "the controller's resource id: <namespace>/<ingress>-<service>:<port> for an ALB,"
                            + " <namespace>/<service>:<port> for a Service's load balancer",
                    example = "default/web-api:80")
            String name,

            @Schema(description = "HTTP, HTTPS (ALB); TCP, UDP, TCP_UDP, TLS (NLB)")
            String protocol,

            @Schema(description = "ALB only: HTTP1, HTTP2 or GRPC")
            String protocolVersion,

            int port,
            HealthCheck healthCheck,

            @Schema(description = "one page of the targets (page and size, 100 by default)")
            List<Target> targets,

            @Schema(description = "how many targets the group has in all")
            int targetCount,

            @Schema(
                    description = "its part of the load balancer's requests: each forward (a listener's default"
                            + " forward, a listener rule's forward, an NLB listener) an equal part, split over the"
                            + " forward's target groups by weight",
                    example = "0.5")
            double share,

            @Schema(description = "how the target group's own requests spread over the pods")
            TrafficResponse traffic) {

        static TargetGroupResponse of(TargetGroup group, TargetPage page) {
            return new TargetGroupResponse(
                    group.name(),
                    group.protocol(),
                    group.protocolVersion(),
                    group.port(),
                    group.healthCheck(),
                    page.of(group.targets()),
                    group.targets().size(),
                    TrafficModel.round(group.share()),
                    TrafficResponse.of(group.traffic(), true, page));
        }
    }

    /** Each pod's share of the requests, the expected cross-AZ hops, and how uneven the shares are. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerTraffic")
    public record TrafficResponse(
            @Schema(description = "in the detail: one page of the pods' shares (page and size, 100 by default)")
            List<PodShare> pods,

            @Schema(description = "in the detail: how many pods share the traffic in all")
            Integer podCount,

            Double crossAzHopsPerRequest,

            @Schema(description = "null, with podsWithoutTraffic, when a selected pod gets nothing")
            Double maxToMinPodShare,

            int podsWithoutTraffic) {

        static TrafficResponse of(Traffic traffic, boolean withPods, TargetPage page) {
            return new TrafficResponse(
                    withPods ? page.of(traffic.pods()) : null,
                    withPods ? traffic.pods().size() : null,
                    traffic.crossAzHopsPerRequest(),
                    traffic.maxToMinPodShare(),
                    traffic.podsWithoutTraffic());
        }
    }

    /** Requests entering in one AZ and taking the same hops through one target group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadBalancerPath")
    public record PathResponse(
            String entryAvailabilityZone,
            List<String> hops,

            @Schema(description = "of all the load balancer's requests, each target group taking an equal part")
            double share,

            String sourceIpAtPod,
            int crossAzHops,

            @Schema(description = "the name of the target group the requests go through")
            String targetGroup) {

        static PathResponse of(PacketPath path) {
            return new PathResponse(
                    path.entryAvailabilityZone(),
                    path.hops(),
                    path.share(),
                    wire(path.sourceIpAtPod(), SourceIpAtPod::wireName),
                    path.crossAzHops(),
                    path.targetGroup());
        }
    }
}
