package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a member's IngressClassParams win over its annotations, field by field, as aws-load-balancer-controller v3.5.0
 * (commit 5982613953df58f3227301b7121abde6abaa2c20) reads them (src/docs/reference/aws-load-balancers.md §8.2): a
 * field that is set (a non-empty list or string) replaces the annotation, and an unset one leaves it; tags and load
 * balancer attributes merge, the class's winning.
 */
final class ClassParameters {

    private ClassParameters() {}

    /**
     * The parameters' {@code certificateArn} when set, else null ({@code pkg/ingress/model_build_listener.go},
     * {@code computeIngressExplicitTLSCertARNs}).
     */
    static List<String> certificateArns(GroupedIngress member) {
        var parameters = member.parameters();
        return parameters == null || parameters.certificateArn().isEmpty() ? null : parameters.certificateArn();
    }

    /** The parameters' {@code sslPolicy} when set, else the annotation ({@code computeIngressExplicitSSLPolicy}). */
    static String sslPolicy(GroupedIngress member) {
        var parameters = member.parameters();
        return parameters != null
                        && parameters.sslPolicy() != null
                        && !parameters.sslPolicy().isEmpty()
                ? parameters.sslPolicy()
                : member.annotation("ssl-policy");
    }

    /**
     * The parameters' {@code inboundCIDRs} when set, else null ({@code computeIngressExplicitInboundCIDRs}).
     */
    static List<String> inboundCidrs(GroupedIngress member) {
        var parameters = member.parameters();
        return parameters == null || parameters.inboundCidrs().isEmpty() ? null : parameters.inboundCidrs();
    }

    /**
     * The parameters' {@code loadBalancerName} when set, else the annotation ({@code
     * pkg/ingress/model_build_load_balancer.go}, {@code buildLoadBalancerName}).
     */
    static String loadBalancerName(GroupedIngress member) {
        var parameters = member.parameters();
        return parameters != null
                        && parameters.loadBalancerName() != null
                        && !parameters.loadBalancerName().isEmpty()
                ? parameters.loadBalancerName()
                : member.annotation("load-balancer-name");
    }

    /** The parameters' {@code sslRedirectPort} when set, else null ({@code pkg/ingress/model_builder.go}). */
    static String sslRedirectPort(GroupedIngress member) {
        var parameters = member.parameters();
        return parameters == null
                        || parameters.sslRedirectPort() == null
                        || parameters.sslRedirectPort().isEmpty()
                ? null
                : parameters.sslRedirectPort();
    }

    /** The JSON path of the member's IngressClassParams field {@code field}. */
    static String path(GroupedIngress member, String field) {
        return "ingressClasses[" + member.classIndex() + "].parameters." + field;
    }

    /**
     * The group's tags: per member its class's tags over its {@code tags} annotation, one value per key across the
     * members or {@code conflicting tag k: v | w} fails the group ({@code pkg/ingress/model_build_tags.go}, {@code
     * buildIngressResourceTags}, {@code buildIngressGroupResourceTags}).
     */
    static Map<String, String> tags(List<GroupedIngress> members, List<Problem> problems) {
        var group = new LinkedHashMap<String, String>();
        for (GroupedIngress member : members) {
            var tags = stringMap(member, "tags", problems);
            if (member.parameters() != null) {
                tags.putAll(member.parameters().tags());
            }
            for (var tag : tags.entrySet()) {
                var existing = group.putIfAbsent(tag.getKey(), tag.getValue());
                if (existing != null && !existing.equals(tag.getValue())) {
                    problems.add(new Problem(
                            ProblemCode.INGRESS_GROUP_CONFLICT,
                            member.annotationsPath(),
                            "conflicting tag " + tag.getKey() + ": " + existing + " | " + tag.getValue()));
                }
            }
        }
        return group;
    }

    /**
     * The group's load-balancer attributes: the members' {@code load-balancer-attributes} must agree per key unless
     * the first member's class sets that key, whose values then win over all ({@code
     * pkg/ingress/model_build_load_balancer_attributes.go}, {@code buildIngressGroupLoadBalancerAttributes}).
     */
    static Map<String, String> attributes(List<GroupedIngress> members, List<Problem> problems) {
        var fromClass = members.isEmpty() || members.get(0).parameters() == null
                ? Map.<String, String>of()
                : members.get(0).parameters().loadBalancerAttributes();
        var group = new LinkedHashMap<String, String>();
        for (GroupedIngress member : members) {
            for (var attribute :
                    stringMap(member, "load-balancer-attributes", problems).entrySet()) {
                var existing = group.put(attribute.getKey(), attribute.getValue());
                if (existing != null
                        && !existing.equals(attribute.getValue())
                        && !fromClass.containsKey(attribute.getKey())) {
                    problems.add(new Problem(
                            ProblemCode.INGRESS_GROUP_CONFLICT,
                            member.annotationsPath(),
                            "conflicting load balancer attributes " + attribute.getKey() + ": " + existing + " | "
                                    + attribute.getValue()));
                }
            }
        }
        group.putAll(fromClass);
        return group;
    }

    /**
     * A {@code k=v,k=v} annotation as the controller's {@code ParseStringMapAnnotation} reads it; an item without
     * {@code =} fails the group.
     */
    private static Map<String, String> stringMap(GroupedIngress member, String suffix, List<Problem> problems) {
        var map = new LinkedHashMap<String, String>();
        var raw = member.annotation(suffix);
        if (raw == null) {
            return map;
        }
        for (String item : raw.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int equals = item.indexOf('=');
            if (equals < 0 || item.substring(0, equals).isBlank()) {
                problems.add(BuildFailures.failed(
                        member.annotationsPath(),
                        "failed to parse stringMap annotation, "
                                + member.annotations().key(suffix) + ": " + raw));
                return map;
            }
            map.put(
                    item.substring(0, equals).strip(),
                    item.substring(equals + 1).strip());
        }
        return map;
    }
}
