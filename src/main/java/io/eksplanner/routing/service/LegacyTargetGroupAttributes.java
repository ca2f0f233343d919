package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy cloud provider's checks of a Service's annotations before it builds anything, and the client IP
 * preservation its NLB's target groups take from them (cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4,
 * {@code pkg/providers/v1/aws_validations.go}, {@code validateServiceAnnotations}, {@code
 * validateServiceAnnotationTargetGroupAttributes}; {@code pkg/providers/v1/aws_loadbalancer.go}, {@code
 * buildTargetGroupAttributes}, {@code getKeyValuePropertiesFromAnnotation}; src/docs/reference/aws-load-balancers.md
 * §11): {@code aws-load-balancer-target-group-attributes} only on an NLB, only {@code preserve_client_ip.enabled} and
 * {@code proxy_protocol_v2.enabled}, each exactly {@code true} or {@code false}, preservation never off with a UDP
 * port; {@code aws-load-balancer-extra-security-groups} never on an NLB.
 */
final class LegacyTargetGroupAttributes {

    private static final String ATTRIBUTES = "aws-load-balancer-target-group-attributes";
    private static final String EXTRA_SECURITY_GROUPS = "aws-load-balancer-extra-security-groups";
    private static final String PRESERVE = "preserve_client_ip.enabled";
    private static final String PROXY_PROTOCOL = "proxy_protocol_v2.enabled";
    private static final String PREFIX = "error validating target group attributes: ";

    private LegacyTargetGroupAttributes() {}

    /**
     * Checks the annotations as {@code validateServiceAnnotations} does.
     *
     * @throws Annotations.InvalidAnnotation on the first value the provider refuses: it builds no load balancer
     */
    static void check(Annotations annotations, boolean nlb, List<ServicePort> ports) {
        if (nlb && annotations.get(EXTRA_SECURITY_GROUPS) != null) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(EXTRA_SECURITY_GROUPS),
                    "BYO extra security group annotation \"" + annotations.key(EXTRA_SECURITY_GROUPS)
                            + "\" is not supported by NLB");
        }
        if (annotations.get(ATTRIBUTES) == null) {
            return;
        }
        var key = annotations.key(ATTRIBUTES);
        if (!nlb) {
            throw new Annotations.InvalidAnnotation(
                    key, "target group attributes annotation is only supported for NLB");
        }
        boolean udp = ports.stream().anyMatch(port -> NlbPorts.protocol(port).equals("UDP"));
        for (var attribute : attributes(annotations).entrySet()) {
            var name = attribute.getKey();
            var value = attribute.getValue();
            if (value.isEmpty()) {
                throw new Annotations.InvalidAnnotation(key, PREFIX + "attribute value is empty for \"" + name + "\"");
            }
            if (!name.equals(PRESERVE) && !name.equals(PROXY_PROTOCOL)) {
                throw new Annotations.InvalidAnnotation(
                        key,
                        PREFIX + "the attribute \"" + name + "\" is not supported by the controller or is invalid");
            }
            if (!value.equals("true") && !value.equals("false")) {
                throw new Annotations.InvalidAnnotation(
                        key, PREFIX + "invalid attribute value for \"" + name + "\": " + value);
            }
            if (name.equals(PRESERVE) && udp && value.equals("false")) {
                throw new Annotations.InvalidAnnotation(
                        key, PREFIX + "client IP preservation can't be disabled for UDP ports");
            }
        }
    }

    /** Whether the NLB's target groups keep the client IP: AWS's default for instance targets unless turned off. */
    static boolean clientIpPreserved(Annotations annotations) {
        return !"false".equals(attributes(annotations).get(PRESERVE));
    }

    /** {@code getKeyValuePropertiesFromAnnotation}: items trimmed, split on {@code =}, a bare key empty. */
    private static Map<String, String> attributes(Annotations annotations) {
        var attributes = new LinkedHashMap<String, String>();
        var raw = annotations.get(ATTRIBUTES);
        if (raw == null) {
            return attributes;
        }
        for (String item : raw.strip().split(",", -1)) {
            var parts = item.strip().split("=", -1);
            if (!parts[0].isEmpty()) {
                attributes.put(parts[0], parts.length >= 2 ? parts[1] : "");
            }
        }
        return attributes;
    }
}
