package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Redirect;
import io.eksplanner.routing.LoadBalancerPlan.Stickiness;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ingress's {@code alb.ingress.kubernetes.io/actions.<name>} annotation, which a backend names with the port
 * {@code use-annotation} (src/docs/reference/aws-load-balancers.md §8.4), decoded, checked and normalised as
 * aws-load-balancer-controller v3.5.0 (commit 5982613953df58f3227301b7121abde6abaa2c20) does:
 * {@code pkg/ingress/enhanced_backend_builder.go}, {@code buildActionViaAnnotation}, then {@code Action.validate}
 * and {@code normalizeSimplifiedSchemaForwardAction} of {@code pkg/ingress/config_types.go}.
 *
 * @param type {@code forward}, {@code fixed-response} or {@code redirect}
 * @param targetGroups a forward's target groups, at least one
 * @param stickiness a forward's target-group stickiness, or null
 * @param statusCode the fixed response's or the redirect's status code
 */
record AnnotatedAction(
        String type,
        List<TargetGroupTuple> targetGroups,
        Stickiness stickiness,
        String statusCode,
        String contentType,
        String messageBody,
        Redirect redirect) {

    static final String USE_ANNOTATION = "use-annotation";

    /** A forward's target: a Service and port (as written, a number or a name) or a target group, and its weight. */
    record TargetGroupTuple(
            String serviceName, String servicePort, String targetGroupArn, String targetGroupName, Integer weight) {}

    /** An annotation the controller cannot use: its message, which fails the IngressGroup's model. */
    static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * The member's {@code actions.<name>} action, or null when the annotation is absent.
     *
     * @throws Invalid when it is no JSON, has a field of the wrong type, or fails the controller's checks
     */
    static AnnotatedAction of(GroupedIngress member, String name) {
        var key = "actions." + name;
        var raw = member.annotation(key);
        if (raw == null) {
            return null;
        }
        try {
            return decode(GoFields.root(JsonAnnotation.parse(raw), "Action", "ingress.Action"));
        } catch (JsonAnnotation.Malformed | GoFields.Mismatch malformed) {
            throw new Invalid("failed to parse json annotation, "
                    + member.annotations().key(key) + ": " + raw + ": " + malformed.getMessage());
        }
    }

    private static AnnotatedAction decode(GoFields action) {
        var type = action.string("type");
        var arn = action.string("targetGroupARN");
        var tgName = action.string("targetGroupName");
        var fixed = action.object("fixedResponseConfig", "FixedResponseActionConfig");
        var redirect = action.object("redirectConfig", "RedirectActionConfig");
        var forward = action.object("forwardConfig", "ForwardActionConfig");
        var tuples = forward == null ? null : tuples(forward);
        var stickiness =
                forward == null ? null : forward.object("targetGroupStickinessConfig", "TargetGroupStickinessConfig");
        var stickinessConfig = stickiness == null
                ? null
                : new Stickiness(stickiness.bool("enabled"), stickiness.int32("durationSeconds"));
        return switch (type == null ? "" : type) {
            case "fixed-response" -> {
                if (fixed == null) {
                    throw new Invalid("missing FixedResponseConfig");
                }
                var status = required(fixed.string("statusCode"), "invalid FixedResponseConfig");
                yield new AnnotatedAction(
                        type, null, null, status, fixed.string("contentType"), fixed.string("messageBody"), null);
            }
            case "redirect" -> {
                if (redirect == null) {
                    throw new Invalid("missing RedirectConfig");
                }
                var status = required(redirect.string("statusCode"), "invalid RedirectConfig");
                yield new AnnotatedAction(
                        type,
                        null,
                        null,
                        status,
                        null,
                        null,
                        new Redirect(
                                redirect.string("protocol"),
                                redirect.string("host"),
                                redirect.string("port"),
                                redirect.string("path"),
                                redirect.string("query")));
            }
            case "forward" -> forward(arn, tgName, tuples, stickinessConfig);
            default -> throw new Invalid("unknown action type: " + (type == null ? "" : type));
        };
    }

    private static AnnotatedAction forward(
            String arn, String tgName, List<TargetGroupTuple> tuples, Stickiness stickiness) {
        boolean simple = arn != null || tgName != null;
        if (!simple && tuples == null) {
            throw new Invalid("missing ForwardConfig or TargetGroupARN/TargetGroupName");
        }
        if (simple && tuples != null) {
            throw new Invalid("either ForwardConfig or TargetGroupARN/TargetGroupName can be specified");
        }
        if (simple) {
            // The simplified schema becomes a forward to one target group (normalizeSimplifiedSchemaForwardAction).
            return new AnnotatedAction(
                    "forward",
                    List.of(new TargetGroupTuple(null, null, arn, tgName, null)),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        for (TargetGroupTuple tuple : tuples) {
            var why = invalid(tuple);
            if (why != null) {
                throw new Invalid("invalid ForwardConfig: invalid TargetGroupTuple: " + why);
            }
        }
        if (tuples.size() > 1 && tuples.stream().anyMatch(tuple -> tuple.weight() == null)) {
            throw new Invalid("invalid ForwardConfig: weight must be set when route to multiple target groups");
        }
        return new AnnotatedAction("forward", tuples, stickiness, null, null, null, null);
    }

    /** Why {@code TargetGroupTuple.validate} refuses the tuple, or null. */
    private static String invalid(TargetGroupTuple tuple) {
        boolean targetGroup = tuple.targetGroupArn() != null || tuple.targetGroupName() != null;
        if (!targetGroup && tuple.serviceName() == null) {
            return "missing serviceName or targetGroupARN/targetGroupName";
        }
        if (targetGroup && tuple.serviceName() != null) {
            return "either serviceName or targetGroupARN/targetGroupName can be specified";
        }
        if (tuple.serviceName() != null && tuple.servicePort() == null) {
            return "missing servicePort";
        }
        return null;
    }

    private static List<TargetGroupTuple> tuples(GoFields forward) {
        var path = forward.pathOf("targetGroups");
        var elements = forward.array("targetGroups", "[]ingress.TargetGroupTuple");
        var tuples = new ArrayList<TargetGroupTuple>();
        if (elements == null) {
            return tuples;
        }
        for (Object element : elements) {
            var tuple = GoFields.element(element, "TargetGroupTuple", path, "ingress.TargetGroupTuple");
            tuples.add(new TargetGroupTuple(
                    tuple.string("serviceName"),
                    tuple.intOrString("servicePort"),
                    tuple.string("targetGroupARN"),
                    tuple.string("targetGroupName"),
                    tuple.int32("weight")));
        }
        return tuples;
    }

    private static String required(String statusCode, String config) {
        if (statusCode == null || statusCode.isEmpty()) {
            throw new Invalid(config + ": statusCode is required");
        }
        return statusCode;
    }
}
