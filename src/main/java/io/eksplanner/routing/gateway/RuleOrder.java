package io.eksplanner.routing.gateway;

import io.eksplanner.routing.gateway.RouteBackends.Rule;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.eksplanner.topology.model.GatewayRoute.RouteMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The listener rules of one ALB port in the controller's order (aws-load-balancer-controller v3.5.0, {@code
 * pkg/gateway/routeutils/route_rule_precedence.go}, {@code SortAllRulesByPrecedence}, {@code
 * compareRulePrecedenceUnified}): each match of each rule of each attached route, once per compatible hostname, sorted
 * by hostname, path type, path length, gRPC method length, method, header count and query-parameter count, then by
 * route {@code namespace/name} (the controller compares creation times first, which an offline plan does not know),
 * rule index, match index and hostname.
 */
final class RuleOrder {

    /** One future listener rule: a rule's match (null for a rule without matches) under one hostname ("" for none). */
    record RuleMatch(Rule rule, RouteMatch match, int matchIndex, String hostname) {

        int pathType() {
            if (match == null) {
                return 0;
            }
            String type =
                    rule.route().route().kind() == RouteKind.GRPCRoute ? match.grpcMethodType() : match.pathType();
            if (type == null
                    || (rule.route().route().kind() == RouteKind.GRPCRoute
                            && match.grpcService() == null
                            && match.grpcMethod() == null)) {
                return 0;
            }
            return switch (type) {
                case "Exact" -> 3;
                case "PathPrefix" -> 2;
                case "RegularExpression" -> 1;
                default -> 0;
            };
        }

        int pathLength() {
            if (match == null) {
                return 0;
            }
            return rule.route().route().kind() == RouteKind.GRPCRoute
                    ? length(match.grpcService())
                    : length(match.pathValue());
        }

        int secondaryLength() {
            return match == null ? 0 : length(match.grpcMethod());
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    private static final Comparator<RuleMatch> PRECEDENCE = ((Comparator<RuleMatch>)
                    (one, two) -> Hostnames.precedence(one.hostname(), two.hostname()))
            .thenComparing(RuleMatch::pathType, Comparator.reverseOrder())
            .thenComparing(RuleMatch::pathLength, Comparator.reverseOrder())
            .thenComparing(RuleMatch::secondaryLength, Comparator.reverseOrder())
            .thenComparing(entry -> entry.match() == null || entry.match().method() == null)
            .thenComparing(
                    entry -> entry.match() == null ? 0 : entry.match().headers().size(), Comparator.reverseOrder())
            .thenComparing(
                    entry -> entry.match() == null
                            ? 0
                            : entry.match().queryParams().size(),
                    Comparator.reverseOrder())
            .thenComparing(entry -> entry.rule().route().route().key())
            .thenComparingInt(entry -> entry.rule().index())
            .thenComparingInt(RuleMatch::matchIndex)
            .thenComparing(RuleMatch::hostname);

    private RuleOrder() {}

    /** The entries of {@code rules} (of routes attached to one port) with their hostnames there, in order. */
    static List<RuleMatch> sorted(List<Rule> rules, Map<RouteRef, List<String>> hostnames) {
        var entries = new ArrayList<RuleMatch>();
        for (Rule rule : rules) {
            var names = hostnames.getOrDefault(rule.route(), List.of());
            var units = names.isEmpty() ? List.of("") : names;
            var matches = rule.rule().matches();
            for (String hostname : units) {
                if (matches.isEmpty()) {
                    entries.add(new RuleMatch(rule, null, Integer.MAX_VALUE, hostname));
                }
                for (int m = 0; m < matches.size(); m++) {
                    entries.add(new RuleMatch(rule, matches.get(m), m, hostname));
                }
            }
        }
        entries.sort(PRECEDENCE);
        return entries;
    }
}
