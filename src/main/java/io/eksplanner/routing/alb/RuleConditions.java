package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.topology.model.ClusterTopology.IngressPath;
import io.eksplanner.topology.model.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A listener rule's conditions in the controller's order (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_listener_rules.go}, {@code
 * buildRuleConditions}): the {@code conditions.<name>} entries other than host and path first, in annotation order;
 * then one host-header condition uniting the rule's host with the annotation's host values (or one with regex values),
 * then one path-pattern condition likewise; none at all reads {@code path-pattern /*}. Host or path given both as
 * values and as regex values fails the group.
 */
final class RuleConditions {

    private RuleConditions() {}

    /**
     * The rule's conditions.
     *
     * @throws AnnotatedAction.Invalid when host or path has both values and regex values, or a Prefix or Exact path
     *     holds a wildcard
     */
    static List<RuleCondition> of(String host, IngressPath path, List<RuleCondition> annotated) {
        var hostValues = new ArrayList<String>();
        var hostRegex = new ArrayList<String>();
        var pathValues = new ArrayList<String>();
        var pathRegex = new ArrayList<String>();
        if (host != null && !host.isEmpty()) {
            hostValues.add(host);
        }
        pathValues.addAll(pathPatterns(path));
        var conditions = new ArrayList<RuleCondition>();
        for (RuleCondition condition : annotated) {
            var field = condition.field() == null ? "" : condition.field();
            switch (field) {
                case "host-header" -> addBoth(condition, hostValues, hostRegex);
                case "path-pattern" -> addBoth(condition, pathValues, pathRegex);
                case "http-header", "http-request-method", "query-string", "source-ip" -> conditions.add(condition);
                default -> {
                    // A field the controller does not know adds no condition.
                }
            }
        }
        exactlyOne("host", hostValues, hostRegex);
        exactlyOne("path", pathValues, pathRegex);
        addIfAny(conditions, "host-header", hostValues, false);
        addIfAny(conditions, "host-header", hostRegex, true);
        addIfAny(conditions, "path-pattern", pathValues, false);
        addIfAny(conditions, "path-pattern", pathRegex, true);
        if (conditions.isEmpty()) {
            conditions.add(new RuleCondition("path-pattern", null, List.of("/*"), null, null));
        }
        return conditions;
    }

    private static void addBoth(RuleCondition condition, List<String> values, List<String> regex) {
        if (condition.values() != null) {
            values.addAll(condition.values());
        }
        if (condition.regexValues() != null) {
            regex.addAll(condition.regexValues());
        }
    }

    private static void exactlyOne(String what, List<String> values, List<String> regex) {
        if (!values.isEmpty() && !regex.isEmpty()) {
            throw new AnnotatedAction.Invalid(what + " condition must specify exactly one of Values and RegexValues,"
                    + " got both Values " + goList(values) + " and RegexValues " + goList(regex));
        }
    }

    private static void addIfAny(List<RuleCondition> conditions, String field, List<String> values, boolean regex) {
        if (!values.isEmpty()) {
            conditions.add(new RuleCondition(field, null, regex ? null : values, regex ? values : null, null));
        }
    }

    /** A Go slice of strings as {@code %s} prints it: {@code [a b]}. */
    private static String goList(List<String> values) {
        return values.stream().collect(Collectors.joining(" ", "[", "]"));
    }

    /**
     * A Prefix path matches itself and what lies below it ({@code /} all), Exact and other paths match as written;
     * Prefix and Exact paths may hold no wildcard ({@code buildPathPatterns}).
     */
    static List<String> pathPatterns(IngressPath path) {
        var value = path.path();
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        boolean wildcard = value.contains("*") || value.contains("?");
        if (path.pathType() == PathType.Prefix) {
            if (value.equals("/")) {
                return List.of("/*");
            }
            if (wildcard) {
                throw new AnnotatedAction.Invalid("prefix path shouldn't contain wildcards: " + value);
            }
            var trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            return List.of(trimmed, trimmed + "/*");
        }
        if (path.pathType() == PathType.Exact && wildcard) {
            throw new AnnotatedAction.Invalid("exact path shouldn't contain wildcards: " + value);
        }
        return List.of(value);
    }
}
