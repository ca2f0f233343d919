package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Redirect;
import io.eksplanner.routing.LoadBalancerPlan.RuleAction;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.PortRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an Ingress backend does on an ALB, as aws-load-balancer-controller v3.5.0 (commit
 * 5982613953df58f3227301b7121abde6abaa2c20) builds it (src/docs/reference/aws-load-balancers.md §8.3, §8.4): a port
 * {@code use-annotation} takes the action of {@code actions.<service name>}, any other port forwards to that Service
 * ({@code pkg/ingress/enhanced_backend_builder.go}, {@code Build}); a forward whose one target group names a missing
 * Service (one the apiserver refused for a full NodePort range included) becomes a fixed 503, while a weighted forward
 * naming one fails the group ({@code loadBackendServices}); each
 * Service's port must exist ({@code model_build_actions.go}, {@code buildForwardAction}).
 */
final class BackendActions {

    private static final String MISSING_SERVICE_BODY = "Backend service does not exist";
    private static final String MISSING_ACTION_BODY = "Backend action does not exist";
    private static final String REFUSED =
            " (the apiserver refused to create it: the NodePort range 30000-32767 is full, NODEPORT_RANGE_EXHAUSTED)";

    private final Backends backends;

    BackendActions(Backends backends) {
        this.backends = backends;
    }

    /** An action in its readable form and in the controller's structured shape. */
    record Resolved(String readable, RuleAction detail) {}

    /**
     * The action of the member's backend {@code serviceName}:{@code servicePort}; {@code path} is the JSON path of
     * the backend's serviceName, where a missing backend is reported.
     *
     * @throws AnnotatedAction.Invalid when the controller cannot build the action: the group fails
     */
    Resolved of(GroupedIngress member, String serviceName, PortRef servicePort, String path) {
        if (servicePort != null && AnnotatedAction.USE_ANNOTATION.equals(servicePort.name())) {
            var action = AnnotatedAction.of(member, serviceName);
            if (action == null) {
                // --tolerate-non-existent-backend-action (default true): a fixed 503 (buildActionViaAnnotation).
                backends.problems()
                        .add(new Problem(
                                ProblemCode.INGRESS_BACKEND_MISSING,
                                path,
                                "Ingress " + member.key() + " routes to the action " + serviceName + " but has no "
                                        + member.annotations().key("actions." + serviceName)
                                        + " annotation; the controller answers those requests with a fixed 503"
                                        + " response"));
                return fixed503(MISSING_ACTION_BODY);
            }
            return switch (action.type()) {
                case "fixed-response" ->
                    new Resolved(
                            "fixed-response " + action.statusCode(),
                            new RuleAction(
                                    action.type(),
                                    null,
                                    null,
                                    action.statusCode(),
                                    action.contentType(),
                                    action.messageBody(),
                                    null));
                case "redirect" ->
                    new Resolved(
                            redirect(action.redirect(), action.statusCode()),
                            new RuleAction(
                                    action.type(), null, null, action.statusCode(), null, null, action.redirect()));
                default -> forward(member, action, path);
            };
        }
        var port = servicePort == null
                ? null
                : servicePort.number() != null ? String.valueOf(servicePort.number()) : servicePort.name();
        var single = new AnnotatedAction(
                "forward",
                List.of(new AnnotatedAction.TargetGroupTuple(serviceName, port, null, null, null)),
                null,
                null,
                null,
                null,
                null);
        return forward(member, single, path);
    }

    private Resolved forward(GroupedIngress member, AnnotatedAction action, String path) {
        var tuples = action.targetGroups();
        var serviceNames = tuples.stream()
                .map(AnnotatedAction.TargetGroupTuple::serviceName)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean singleService = tuples.size() == 1 && serviceNames.size() == 1;
        for (String serviceName : serviceNames) {
            if (backends.serviceIndex(member, serviceName) != null) {
                continue;
            }
            // A Service the apiserver refused for a full NodePort range does not exist either: the controller's Get
            // answers NotFound (aws-load-balancer-controller 5982613953df58f3227301b7121abde6abaa2c20
            // pkg/ingress/enhanced_backend_builder.go:loadBackendServices).
            if (!singleService) {
                // Only a forward to one Service is tolerated; the API server's NotFound fails the model.
                throw new AnnotatedAction.Invalid("services \"" + serviceName + "\" not found");
            }
            backends.problems()
                    .add(new Problem(
                            ProblemCode.INGRESS_BACKEND_MISSING,
                            path,
                            "Ingress " + member.key() + " routes to a missing backend: Service "
                                    + member.ingress().namespace() + "/" + serviceName + " does not exist"
                                    + (backends.refused(member, serviceName) ? REFUSED : "") + "; the"
                                    + " controller answers those requests with a fixed 503 response"));
            return fixed503(MISSING_SERVICE_BODY);
        }
        var targets = new ArrayList<WeightedTargetGroup>();
        var readable = new ArrayList<String>();
        for (var tuple : tuples) {
            if (tuple.serviceName() != null) {
                // The structured action names the target group as the target groups list it; the readable action
                // names the Service port it forwards to.
                var backend = backends.targetGroup(
                        member, backends.serviceIndex(member, tuple.serviceName()), tuple.servicePort());
                targets.add(new WeightedTargetGroup(backend.id(), tuple.weight()));
                readable.add(weighted(backend.name(), tuple.weight()));
            } else {
                // A target group outside the cluster, by ARN or by name (looked up in AWS, assumed to exist).
                var name = tuple.targetGroupArn() != null ? tuple.targetGroupArn() : tuple.targetGroupName();
                targets.add(new WeightedTargetGroup(name, tuple.weight()));
                readable.add(weighted(name, tuple.weight()));
            }
        }
        var detail = new RuleAction("forward", targets, action.stickiness(), null, null, null, null);
        return new Resolved(readableForward(String.join(", ", readable), detail), detail);
    }

    private static String weighted(String name, Integer weight) {
        return weight == null ? name : name + " weight " + weight;
    }

    private static String readableForward(String targets, RuleAction forward) {
        var stickiness = forward.stickiness();
        var sticky = stickiness != null && Boolean.TRUE.equals(stickiness.enabled())
                ? " stickiness " + (stickiness.durationSeconds() == null ? "" : stickiness.durationSeconds() + "s")
                : "";
        return ("forward " + targets + sticky).strip();
    }

    /**
     * A redirect's readable form: {@code redirect <protocol>:<port> <code>} when only those change, else the whole
     * target with the ALB's {@code #{...}} placeholders for the parts the request keeps.
     */
    static String redirect(Redirect redirect, String statusCode) {
        var code = statusCode.startsWith("HTTP_") ? statusCode.substring("HTTP_".length()) : statusCode;
        var protocol = Objects.requireNonNullElse(redirect.protocol(), "#{protocol}");
        var port = Objects.requireNonNullElse(redirect.port(), "#{port}");
        if (redirect.host() == null && redirect.path() == null && redirect.query() == null) {
            return "redirect " + protocol + ":" + port + " " + code;
        }
        return "redirect " + protocol + "://" + Objects.requireNonNullElse(redirect.host(), "#{host}") + ":" + port
                + Objects.requireNonNullElse(redirect.path(), "/#{path}") + "?"
                + Objects.requireNonNullElse(redirect.query(), "#{query}") + " " + code;
    }

    private static Resolved fixed503(String body) {
        return new Resolved("fixed-response 503", RuleAction.fixedResponse("503", body));
    }
}
