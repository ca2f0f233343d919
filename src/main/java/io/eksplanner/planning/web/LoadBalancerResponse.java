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
 * What each property means is said in {@link LoadBalancerDescriptions}, but for those with an example.
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

        List<String> source,
        String owner,
        String reason,
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

        Map<String, String> tags,
        Map<String, String> attributes,
        List<ListenerResponse> listeners,
        List<RuleResponse> rules,
        List<TargetGroupResponse> targetGroups,
        List<PathResponse> paths,
        TrafficResponse traffic,
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
            String protocol, int port, String defaultAction, List<String> certificates, String sslPolicy) {}

    /** An ALB listener rule. */
    @Schema(name = "LoadBalancerRule")
    public record RuleResponse(
            int listenerPort,
            int priority,
            List<String> conditions,
            String action,
            String source,
            ActionResponse actionDetail,
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
            String type,
            List<WeightedTargetGroup> targetGroups,
            Stickiness stickiness,
            String statusCode,
            String contentType,
            String messageBody,
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
            String field,
            String httpHeaderName,
            List<String> values,
            List<String> regexValues,
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

            String protocol,
            String protocolVersion,
            int port,
            HealthCheck healthCheck,
            List<Target> targets,
            int targetCount,

            @Schema(
                    description = "its part of the load balancer's requests: each forward (a listener's default"
                            + " forward, a listener rule's forward, an NLB listener) an equal part, split over the"
                            + " forward's target groups by weight",
                    example = "0.5")
            double share,

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
            List<PodShare> pods,
            Integer podCount,
            Double crossAzHopsPerRequest,
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
            double share,
            String sourceIpAtPod,
            int crossAzHops,
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
