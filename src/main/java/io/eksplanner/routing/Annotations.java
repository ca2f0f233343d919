package io.eksplanner.routing;

import java.util.Map;

/**
 * The annotations of one controller's prefix on a Service or Ingress, read as the controllers read them: a string,
 * a string with a default, an integer that falls back when absent or malformed, or a {@code key=value} entry of an
 * attribute list. Public because the service and alb packages read their settings through it.
 */
public final class Annotations {

    /** The prefix of the Service annotations both controllers read. */
    private static final String SERVICE_PREFIX = "service.beta.kubernetes.io/";

    /** The prefix of the AWS Load Balancer Controller's Ingress annotations (src/docs/reference/aws-load-balancers.md §8). */
    private static final String ALB_PREFIX = "alb.ingress.kubernetes.io/";

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

    /** The annotation as an integer (surrounding blanks ignored), or {@code fallback} when absent or malformed. */
    public int intValue(String suffix, int fallback) {
        var value = get(suffix);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
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
