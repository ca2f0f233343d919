package io.eksplanner.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The annotations of one controller's prefix on a Service or Ingress, read as the controllers read them: a string,
 * a string with a default, an integer that falls back when absent or malformed, or a {@code key=value} entry of an
 * attribute list. Public because the service and alb packages read their settings through it.
 */
public final class Annotations {

    /** The prefix of the Service annotations both controllers read. */
    private static final String SERVICE_PREFIX = "service.beta.kubernetes.io/";

    /**
     * The prefix of the AWS Load Balancer Controller's Ingress annotations (src/docs/reference/aws-load-balancers.md
     * §8).
     */
    private static final String ALB_PREFIX = "alb.ingress.kubernetes.io/";

    private static final Pattern GO_INT = Pattern.compile("[+-]?[0-9]+");

    private final Map<String, String> values;
    private final String prefix;

    private Annotations(Map<String, String> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    /** The {@code service.beta.kubernetes.io/} annotations among {@code values}. */
    public static Annotations service(Map<String, String> values) {
        return new Annotations(values, SERVICE_PREFIX);
    }

    /** The {@code alb.ingress.kubernetes.io/} annotations among {@code values}. */
    public static Annotations alb(Map<String, String> values) {
        return new Annotations(values, ALB_PREFIX);
    }

    /** The annotation's value, or null. */
    public String get(String suffix) {
        return values.get(prefix + suffix);
    }

    /** The annotation's value, or {@code fallback} when it is absent. */
    public String getOrDefault(String suffix, String fallback) {
        return values.getOrDefault(prefix + suffix, fallback);
    }

    /**
     * The annotation as Go's {@code strconv.ParseInt(raw, 10, 32)} reads it, as both controllers do
     * (aws-load-balancer-controller v3.5.0 {@code pkg/annotations/parser.go}, {@code ParseInt32Annotation};
     * cloud-provider-aws {@code pkg/providers/v1/aws.go}, {@code parseInt32Annotation}, and {@code
     * aws_loadbalancer.go}, {@code getExpectedHealthCheck}): an optional sign and decimal digits, no blanks;
     * {@code fallback} when absent.
     *
     * @throws InvalidAnnotation when the value is no such integer: the controllers fail, they do not fall back
     */
    public int intValue(String suffix, int fallback) {
        var value = get(suffix);
        if (value == null) {
            return fallback;
        }
        if (GO_INT.matcher(value).matches()) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalidInt(suffix, value, "value out of range");
            }
        }
        throw invalidInt(suffix, value, "invalid syntax");
    }

    private InvalidAnnotation invalidInt(String suffix, String value, String why) {
        return new InvalidAnnotation(
                prefix + suffix,
                "failed to parse int32 annotation, " + prefix + suffix + ": " + value + ": strconv.ParseInt: parsing \""
                        + value + "\": " + why);
    }

    /**
     * The annotation as Go's {@code strconv.ParseBool} reads it, as both controllers do (aws-load-balancer-controller
     * v3.5.0 {@code pkg/annotations/parser.go}, {@code ParseBoolAnnotation}; cloud-provider-aws {@code
     * pkg/providers/v1/aws.go}): {@code 1 t T TRUE true True} are true, {@code 0 f F FALSE false False} false, null
     * when absent.
     *
     * @throws InvalidAnnotation when the value is any other text: the controllers fail, they do not read it as false
     */
    public Boolean boolValue(String suffix) {
        var value = get(suffix);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default ->
                throw new InvalidAnnotation(
                        prefix + suffix,
                        "failed to parse bool annotation, " + prefix + suffix + ": " + value
                                + ": strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        };
    }

    /**
     * A {@code k=v,k=v} annotation as the controller's {@code ParseStringMapAnnotation} reads it (aws-load-balancer-
     * controller v3.5.0, {@code pkg/annotations/parser.go}): items trimmed, blank ones skipped, empty when absent.
     *
     * @throws InvalidAnnotation when an item has no {@code =} or no key: the controller fails the load balancer
     */
    public Map<String, String> stringMap(String suffix) {
        var map = new LinkedHashMap<String, String>();
        var raw = get(suffix);
        if (raw == null) {
            return map;
        }
        for (String item : raw.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int equals = item.indexOf('=');
            if (equals < 0 || item.substring(0, equals).isBlank()) {
                throw new InvalidAnnotation(
                        prefix + suffix, "failed to parse stringMap annotation, " + prefix + suffix + ": " + raw);
            }
            map.put(
                    item.substring(0, equals).strip(),
                    item.substring(equals + 1).strip());
        }
        return map;
    }

    /** The full name of the annotation {@code suffix} under this prefix. */
    public String key(String suffix) {
        return prefix + suffix;
    }

    /**
     * An annotation a controller cannot parse: its full name and the controller's message. Public because the service
     * and alb packages turn it into a failed build.
     */
    public static final class InvalidAnnotation extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String annotation;

        public InvalidAnnotation(String annotation, String message) {
            super(message);
            this.annotation = annotation;
        }

        /** The annotation's full name. */
        public String annotation() {
            return annotation;
        }
    }

    /**
     * Whether the annotation, a comma-separated list of {@code key=value} attributes, holds {@code entry} (written
     * {@code key=value}), blanks ignored.
     */
    public boolean hasAttribute(String suffix, String entry) {
        return getOrDefault(suffix, "").replace(" ", "").contains(entry);
    }
}
