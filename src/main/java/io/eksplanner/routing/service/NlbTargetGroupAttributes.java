package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import java.util.Map;

/**
 * The checks the AWS Load Balancer Controller makes on the target-group attribute annotations of each listener's
 * target group, any of which fails the NLB (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/service/model_build_target_group.go}, {@code
 * buildTargetGroupAttributes}, {@code buildPortSpecificTargetGroupAttributes}, {@code validateAndParseAttributes};
 * src/docs/reference/aws-load-balancers.md §2): {@code aws-load-balancer-target-group-attributes} and its {@code .<port>}
 * variant must be {@code key=value} lists whose {@code preserve_client_ip.enabled} is a Go bool; {@code
 * aws-load-balancer-proxy-protocol-per-target-group} must list integers; {@code aws-load-balancer-proxy-protocol} may
 * only be {@code *}. The planner checks them but does not model proxy protocol itself.
 */
final class NlbTargetGroupAttributes {

    private static final String ATTRIBUTES = "aws-load-balancer-target-group-attributes";
    private static final String PRESERVE_CLIENT_IP = "preserve_client_ip.enabled";
    private static final String PER_TARGET_GROUP = "aws-load-balancer-proxy-protocol-per-target-group";
    private static final String PROXY_PROTOCOL = "aws-load-balancer-proxy-protocol";

    private NlbTargetGroupAttributes() {}

    /**
     * Checks the annotations as the controller reads them for the target group of the listener on {@code port}.
     *
     * @throws Annotations.InvalidAnnotation on the first value the controller refuses
     */
    static void check(Annotations annotations, int port) {
        checkAttributes(annotations, ATTRIBUTES);
        checkAttributes(annotations, ATTRIBUTES + "." + port);
        var perTargetGroup = annotations.get(PER_TARGET_GROUP);
        if (perTargetGroup != null) {
            for (String entry : perTargetGroup.split(",", -1)) {
                var trimmed = entry.strip();
                if (!trimmed.isEmpty() && !goAtoi(trimmed)) {
                    throw new Annotations.InvalidAnnotation(
                            annotations.key(PER_TARGET_GROUP),
                            "invalid port number in proxy-protocol-per-target-group: " + trimmed);
                }
            }
        }
        var proxyProtocol = annotations.get(PROXY_PROTOCOL);
        if (proxyProtocol != null && !proxyProtocol.equals("*")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(PROXY_PROTOCOL),
                    "invalid value " + proxyProtocol
                            + " for Load Balancer proxy protocol v2 annotation, only value currently supported is *");
        }
    }

    private static void checkAttributes(Annotations annotations, String suffix) {
        Map<String, String> attributes = annotations.stringMap(suffix);
        var preserve = attributes.get(PRESERVE_CLIENT_IP);
        if (preserve != null && !goBool(preserve)) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(suffix),
                    "failed to parse attribute " + PRESERVE_CLIENT_IP + "=" + preserve
                            + ": strconv.ParseBool: parsing \"" + preserve + "\": invalid syntax");
        }
    }

    private static boolean goBool(String value) {
        return switch (value) {
            case "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False" -> true;
            default -> false;
        };
    }

    /** Whether Go's {@code strconv.Atoi} reads {@code value}: an optional sign, decimal digits, within 64 bits. */
    private static boolean goAtoi(String value) {
        if (!value.matches("[+-]?[0-9]+")) {
            return false;
        }
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
