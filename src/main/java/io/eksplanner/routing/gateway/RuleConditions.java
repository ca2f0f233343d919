package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.QueryStringPair;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.eksplanner.topology.model.GatewayRoute.RouteMatch;
import io.eksplanner.topology.model.GatewayRoute.ValueMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * An ALB rule's conditions from a route match, in the controller's order (aws-load-balancer-controller v3.5.0, {@code
 * pkg/gateway/routeutils/route_rule_condition.go}): {@code host-header} for the hostname, then {@code path-pattern}
 * ({@code buildHttpPathCondition}: PathPrefix {@code /} as {@code /*}, another prefix as itself and {@code <prefix>/*},
 * Exact as itself, RegularExpression as a regex value; gRPC {@code /service/method}), {@code http-header}, {@code
 * query-string}, {@code http-request-method}, and the rule's ListenerRuleConfiguration {@code source-ip} conditions.
 */
final class RuleConditions {

    private RuleConditions() {}

    static List<RuleCondition> of(RuleOrder.RuleMatch entry) throws BuildFailed {
        var conditions = new ArrayList<RuleCondition>();
        if (!entry.hostname().isEmpty()) {
            conditions.add(new RuleCondition("host-header", null, List.of(entry.hostname()), null, null));
        }
        var match = entry.match();
        if (entry.rule().route().route().kind() == RouteKind.GRPCRoute) {
            conditions.add(grpcPath(match));
        } else if (match != null) {
            conditions.add(httpPath(entry, match));
        }
        if (match != null) {
            match.headers().forEach(header -> conditions.add(header(header)));
            for (ValueMatch query : match.queryParams()) {
                conditions.add(new RuleCondition(
                        "query-string", null, null, null, List.of(new QueryStringPair(query.name(), query.value()))));
            }
            if (match.method() != null) {
                conditions.add(new RuleCondition("http-request-method", null, List.of(match.method()), null, null));
            }
        }
        var config = entry.rule().config();
        if (config != null) {
            config.conditions().stream()
                    .filter(condition -> condition.field().equals("source-ip"))
                    .forEach(condition ->
                            conditions.add(new RuleCondition("source-ip", null, condition.values(), null, null)));
        }
        return conditions;
    }

    private static RuleCondition httpPath(RuleOrder.RuleMatch entry, RouteMatch match) throws BuildFailed {
        String value = match.pathValue();
        return switch (match.pathType()) {
            case "RegularExpression" -> new RuleCondition("path-pattern", null, null, List.of(value), null);
            case "Exact" -> new RuleCondition("path-pattern", null, List.of(value), null, null);
            default -> {
                if (value.contains("*") || value.contains("?")) {
                    throw new BuildFailed(
                            entry.rule().route().path() + ".rules["
                                    + entry.rule().index() + "].matches[" + entry.matchIndex() + "].path.value",
                            "prefix path shouldn't contain wildcards: " + value);
                }
                String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                yield new RuleCondition(
                        "path-pattern",
                        null,
                        value.equals("/") ? List.of("/*") : List.of(trimmed, trimmed + "/*"),
                        null,
                        null);
            }
        };
    }

    private static RuleCondition grpcPath(RouteMatch match) {
        if (match == null || (match.grpcService() == null && match.grpcMethod() == null)) {
            return new RuleCondition("path-pattern", null, List.of("/*"), null, null);
        }
        String service = match.grpcService() == null ? "*" : match.grpcService();
        String method = match.grpcMethod() == null ? "*" : match.grpcMethod();
        return new RuleCondition("path-pattern", null, List.of("/" + service + "/" + method), null, null);
    }

    /** A header match: exact values split at unescaped commas ({@code generateValuesFromMatchHeaderValue}), or a regex. */
    private static RuleCondition header(ValueMatch header) {
        if ("RegularExpression".equals(header.type())) {
            return new RuleCondition("http-header", header.name(), null, List.of(header.value()), null);
        }
        var values = new ArrayList<String>();
        var current = new StringBuilder();
        String value = header.value();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == ',') {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString());
        return new RuleCondition("http-header", header.name(), values, null, null);
    }
}
