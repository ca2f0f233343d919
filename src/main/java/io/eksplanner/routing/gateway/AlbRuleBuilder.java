package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerPlan.Redirect;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.RuleAction;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.routing.LoadBalancerPlan.Stickiness;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.routing.gateway.RouteBackends.Backend;
import io.eksplanner.topology.model.GatewayRoute.RouteFilter;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.eksplanner.topology.model.ListenerRuleConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An ALB listener rule from one ordered entry: its conditions ({@code pkg/gateway/routeutils/route_rule_condition.go},
 * {@code BuildHttpRuleConditions}, {@code BuildGrpcRuleConditions}, {@code BuildSourceIpInCondition}) and its action
 * ({@code route_rule_action.go}, {@code BuildRuleRoutingAction}; {@code pkg/gateway/model/model_build_listener.go},
 * {@code buildListenerRules}: a fixed 500 when no action results), aws-load-balancer-controller v3.5.0.
 */
final class AlbRuleBuilder {

    private final GatewayTargetGroups targetGroups;

    AlbRuleBuilder(GatewayTargetGroups targetGroups) {
        this.targetGroups = targetGroups;
    }

    Rule build(int port, int priority, String listenerProtocol, RuleOrder.RuleMatch entry) throws BuildFailed {
        var rule = entry.rule();
        var conditions = RuleConditions.of(entry);
        var action = action(entry, listenerProtocol);
        return new Rule(
                port,
                priority,
                conditions.stream().map(RuleCondition::readable).toList(),
                readable(action),
                rule.route().source(),
                action,
                conditions);
    }

    private RuleAction action(RuleOrder.RuleMatch entry, String listenerProtocol) throws BuildFailed {
        var rule = entry.rule();
        var config = routingAction(rule.config());
        if (config != null && config.type().equals("fixed-response")) {
            return new RuleAction(
                    "fixed-response",
                    null,
                    null,
                    String.valueOf(config.statusCode()),
                    config.contentType(),
                    config.messageBody(),
                    null);
        }
        RuleAction action = null;
        var weighted = new ArrayList<WeightedTargetGroup>();
        for (Backend backend : rule.backends()) {
            weighted.add(new WeightedTargetGroup(
                    targetGroups.of(rule.route(), backend, listenerProtocol), backend.weight()));
        }
        if (weighted.stream().anyMatch(target -> target.weight() != 0)) {
            var stickiness = config != null && config.type().equals("forward") && config.stickinessEnabled() != null
                    ? new Stickiness(config.stickinessEnabled(), config.stickinessDurationSeconds())
                    : null;
            action = new RuleAction("forward", weighted, stickiness, null, null, null, null);
        }
        var redirect = redirect(entry, config);
        if (redirect != null) {
            action = redirect;
        }
        return action != null ? action : new RuleAction("fixed-response", null, null, "500", "text/plain", null, null);
    }

    /** The first forward, fixed-response or redirect action of the rule's ListenerRuleConfiguration ({@code getRoutingAction}). */
    private static ListenerRuleConfiguration.Action routingAction(ListenerRuleConfiguration config) {
        if (config == null) {
            return null;
        }
        return config.actions().stream()
                .filter(action ->
                        List.of("forward", "fixed-response", "redirect").contains(action.type()))
                .findFirst()
                .orElse(null);
    }

    /** {@code buildRedirectRoutingAction}: an HTTPRoute's RequestRedirect filter; other filters fail the Gateway. */
    private static RuleAction redirect(RuleOrder.RuleMatch entry, ListenerRuleConfiguration.Action config)
            throws BuildFailed {
        var route = entry.rule().route();
        var filters = entry.rule().rule().filters();
        String path = route.path() + ".rules[" + entry.rule().index() + "].filters";
        if (route.route().kind() == RouteKind.GRPCRoute) {
            for (RouteFilter filter : filters) {
                if (!filter.type().equals("ExtensionRef")) {
                    throw new BuildFailed(
                            path,
                            "Unsupported filter type: " + filter.type()
                                    + ". To specify header modification, please configure it through LoadBalancerConfiguration.");
                }
            }
            return null;
        }
        String query = config != null && config.type().equals("redirect") ? config.redirectQuery() : null;
        if (filters.size() == 1 && filters.get(0).type().equals("ExtensionRef") && query != null) {
            throw new BuildFailed(
                    path,
                    "HTTPRouteFilterRequestRedirect must be provided if RedirectActionConfig in"
                            + " ListenerRuleConfiguration is provided");
        }
        for (RouteFilter filter : filters) {
            switch (filter.type()) {
                case "RequestRedirect" -> {
                    return redirectAction(filter, query, path);
                }
                case "ExtensionRef", "URLRewrite" -> {
                    // Kept: a ListenerRuleConfiguration, or a transform of the rule.
                }
                default ->
                    throw new BuildFailed(
                            path,
                            "Unsupported filter type: " + filter.type()
                                    + ". Only request redirect is supported. To specify header modification, please configure"
                                    + " it through LoadBalancerConfiguration.");
            }
        }
        return null;
    }

    private static RuleAction redirectAction(RouteFilter filter, String query, String path) throws BuildFailed {
        var given = filter.redirect();
        String port = given.port() == null ? null : String.valueOf(given.port());
        String protocol = given.scheme() == null ? null : given.scheme().toUpperCase(java.util.Locale.ROOT);
        if (protocol != null && port == null) {
            port = protocol.equals("HTTP") ? "80" : "443";
        }
        String fullPath = given.replaceFullPath();
        for (String value : new String[] {given.replaceFullPath(), given.replacePrefixMatch()}) {
            if (value != null && (value.contains("*") || value.contains("?"))) {
                throw new BuildFailed(path, "redirect path shouldn't contain wildcards: " + value);
            }
        }
        return new RuleAction(
                "redirect",
                null,
                null,
                given.statusCode() == null ? null : "HTTP_" + given.statusCode(),
                null,
                null,
                new Redirect(protocol, given.hostname(), port, fullPath, query));
    }

    /** The readable form of an action, as the Ingress rules word theirs. */
    static String readable(RuleAction action) {
        return switch (action.type()) {
            case "forward" ->
                "forward "
                        + action.targetGroups().stream()
                                .map(target -> target.name() + " weight " + target.weight())
                                .collect(Collectors.joining(", "))
                        + (action.stickiness() != null
                                        && Boolean.TRUE.equals(
                                                action.stickiness().enabled())
                                ? " stickiness"
                                : "");
            case "redirect" -> {
                var to = action.redirect();
                yield "redirect " + Objects.requireNonNullElse(to.protocol(), "#{protocol}") + "://"
                        + Objects.requireNonNullElse(to.host(), "#{host}") + ":"
                        + Objects.requireNonNullElse(to.port(), "#{port}")
                        + Objects.requireNonNullElse(to.path(), "/#{path}") + " "
                        + Objects.requireNonNullElse(action.statusCode(), "");
            }
            default -> "fixed-response " + action.statusCode();
        };
    }
}
