package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.QueryStringPair;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Ingress's {@code alb.ingress.kubernetes.io/conditions.<name>} annotation, which adds conditions to every rule
 * whose backend names the Service (or action) {@code <name>} (src/docs/reference/aws-load-balancers.md §8.4), decoded
 * and checked as aws-load-balancer-controller v3.5.0 (commit 5982613953df58f3227301b7121abde6abaa2c20) does: {@code
 * pkg/ingress/enhanced_backend_builder.go}, {@code buildConditions}, and {@code RuleCondition.Validate} of {@code
 * pkg/ingress/config_types.go}. A field the controller does not know is kept and later ignored, as it ignores it.
 */
final class AnnotatedConditions {

    private static final Map<String, String> CONFIG_NAMES = Map.of(
            "host-header", "hostHeaderConfig",
            "path-pattern", "pathPatternConfig",
            "http-header", "httpHeaderConfig",
            "http-request-method", "httpRequestMethodConfig",
            "query-string", "queryStringConfig",
            "source-ip", "sourceIPConfig");

    private static final Map<String, String> CONFIG_TYPES = Map.of(
            "hostHeaderConfig", "HostHeaderConditionConfig",
            "pathPatternConfig", "PathPatternConditionConfig",
            "httpHeaderConfig", "HTTPHeaderConditionConfig",
            "httpRequestMethodConfig", "HTTPRequestMethodConditionConfig",
            "queryStringConfig", "QueryStringConditionConfig",
            "sourceIPConfig", "SourceIPConditionConfig");

    private AnnotatedConditions() {}

    /**
     * The conditions of {@code conditions.<name>} in annotation order, empty when the annotation is absent.
     *
     * @throws AnnotatedAction.Invalid when it is no JSON list of conditions or a condition fails the controller's
     *     checks; the message is the controller's (without the webhook's prefix)
     */
    static List<RuleCondition> of(GroupedIngress member, String name) {
        return of(member.annotations(), name);
    }

    /** The conditions of {@code conditions.<name>} among an Ingress's {@code annotations}; see the other form. */
    static List<RuleCondition> of(Annotations annotations, String name) {
        var key = "conditions." + name;
        var raw = annotations.get(key);
        if (raw == null) {
            return List.of();
        }
        List<RuleCondition> conditions;
        try {
            var parsed = JsonAnnotation.parse(raw);
            if (!(parsed instanceof List<?> list)) {
                throw new GoFields.Mismatch("json: cannot unmarshal " + GoFields.kind(parsed)
                        + " into Go value of type []ingress.RuleCondition");
            }
            conditions = new ArrayList<>();
            for (Object element : list) {
                var condition = GoFields.element(element, "RuleCondition", "", "ingress.RuleCondition");
                var field = condition.string("field");
                var config = config(condition, field == null ? "" : field);
                validate(field, config);
                conditions.add(decode(field, config));
            }
        } catch (JsonAnnotation.Malformed | GoFields.Mismatch malformed) {
            throw new AnnotatedAction.Invalid("failed to parse json annotation, " + annotations.key(key) + ": " + raw
                    + ": " + malformed.getMessage());
        }
        return conditions;
    }

    private static RuleCondition decode(String field, GoFields config) {
        if (config == null) {
            return new RuleCondition(field, null, null, null, null);
        }
        List<QueryStringPair> pairs = null;
        if ("query-string".equals(field)) {
            pairs = new ArrayList<>();
            var path = config.pathOf("values");
            var values = config.array("values", "[]ingress.QueryStringKeyValuePair");
            for (Object value : values == null ? List.of() : values) {
                var pair = GoFields.element(value, "QueryStringKeyValuePair", path, "ingress.QueryStringKeyValuePair");
                var text = pair.string("value");
                if (text == null || text.isEmpty()) {
                    throw new AnnotatedAction.Invalid("invalid queryStringConfig: value cannot be empty");
                }
                pairs.add(new QueryStringPair(pair.string("key"), text));
            }
        }
        return new RuleCondition(
                field,
                "http-header".equals(field) ? orEmpty(config.string("httpHeaderName")) : null,
                "query-string".equals(field) ? null : config.strings("values"),
                "host-header".equals(field) || "path-pattern".equals(field) || "http-header".equals(field)
                        ? config.strings("regexValues")
                        : null,
                pairs);
    }

    /** The config object the field reads ({@code hostHeaderConfig} for {@code host-header}, …), or null. */
    private static GoFields config(GoFields condition, String field) {
        var name = CONFIG_NAMES.get(field);
        if (name == null) {
            return null;
        }
        return condition.object(name, CONFIG_TYPES.get(name));
    }

    /**
     * {@code RuleCondition.Validate}: a known field's config must be there, with values (for host, path and header
     * either values or regex values, not both); query-string pairs need a value.
     */
    private static void validate(String field, GoFields config) {
        var known = field == null ? "" : field;
        var configName = CONFIG_NAMES.get(known);
        if (configName == null) {
            return;
        }
        if (config == null) {
            throw new AnnotatedAction.Invalid("missing " + configName);
        }
        var why = invalidValues(known, config);
        if (why != null) {
            throw new AnnotatedAction.Invalid("invalid " + configName + ": " + why);
        }
    }

    private static String invalidValues(String field, GoFields config) {
        if (field.equals("query-string")) {
            var values = config.array("values", "[]ingress.QueryStringKeyValuePair");
            return values == null || values.isEmpty() ? "Values cannot be empty" : null;
        }
        int values = size(config.strings("values"));
        if (field.equals("http-request-method") || field.equals("source-ip")) {
            return values == 0 ? "values cannot be empty" : null;
        }
        int regexValues = size(config.strings("regexValues"));
        if (values == 0 && regexValues == 0) {
            return "values or regexValues must be specified";
        }
        return values != 0 && regexValues != 0 ? "precisely one of values and regexValues can be specified" : null;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
