package io.eksplanner.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names AWS load balancers get when no annotation or IngressClassParams names them (src/docs/domain-rules.md §4).
 * A part the controller derives from a Service's UID, which Kubernetes assigns only when the Service is created, is
 * written {@code {uid}} or {@code {uid-hash}}. Public because the alb, service and gateway packages name their load
 * balancers.
 */
public final class LoadBalancerNames {

    /** Where a name depends on the Service's UID: the first 10 hex digits of a SHA-256 over it. */
    public static final String UID_HASH = "{uid-hash}";

    private LoadBalancerNames() {}

    /**
     * An IngressGroup's ALB: {@code k8s-<group, 17>-<hash, 10>} for an explicit group, {@code
     * k8s-<namespace, 8>-<ingress, 8>-<hash, 10>} for one Ingress, the hash a SHA-256 over the cluster name, the group
     * id ({@code <group>} or {@code <namespace>/<ingress>}) and the scheme (aws-load-balancer-controller v3.5.0, commit
     * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_load_balancer.go}, {@code
     * buildLoadBalancerName}; {@code pkg/ingress/group.go}, {@code GroupID.String}).
     *
     * @param namespace the Ingress's namespace, or null for an explicit group named {@code name}
     */
    public static String ingressGroup(String clusterName, String namespace, String name, Scheme scheme) {
        var groupId = namespace == null ? name : namespace + "/" + name;
        var uuid = sha256Hex(nullToEmpty(clusterName) + groupId + scheme.wireName());
        if (namespace == null) {
            return "k8s-" + prefix(sanitized(name), 17) + "-" + uuid.substring(0, 10);
        }
        return "k8s-" + prefix(sanitized(namespace), 8) + "-" + prefix(sanitized(name), 8) + "-"
                + uuid.substring(0, 10);
    }

    /**
     * A Service's NLB under the controller: {@code k8s-<namespace, 8>-<service, 8>-<hash, 10>}, the hash over the
     * cluster name, the Service's UID and the scheme ({@code pkg/service/model_build_load_balancer.go}, {@code
     * buildLoadBalancerName}), so its last part is {@value #UID_HASH}.
     */
    public static String controllerService(String namespace, String name) {
        return uidNamed(namespace, name);
    }

    /**
     * A Gateway's ALB or NLB: {@code k8s-<namespace, 8>-<gateway, 8>-<hash, 10>}, the hash over the cluster name, the
     * Gateway's UID and the scheme ({@code pkg/gateway/model/model_build_loadbalancer.go}, {@code
     * buildLoadBalancerName}), so its last part is {@value #UID_HASH} as for a Service's NLB.
     */
    public static String gateway(String namespace, String name) {
        return uidNamed(namespace, name);
    }

    private static String uidNamed(String namespace, String name) {
        return "k8s-" + prefix(sanitized(namespace), 8) + "-" + prefix(sanitized(name), 8) + "-" + UID_HASH;
    }

    /**
     * A Service's CLB or NLB under the legacy provider: {@code a} and the Service's UID without dashes, cut to 32
     * characters (cloud-provider-aws commit 63ec440c, {@code pkg/providers/v1/aws.go}, {@code GetLoadBalancerName},
     * which calls k8s.io/cloud-provider's {@code DefaultLoadBalancerName}); the UID exists only once the Service does.
     */
    public static String legacyService() {
        return "a{uid}";
    }

    /** Go's {@code [[:^alnum:]]} removed: only ASCII letters and digits are kept. */
    private static String sanitized(String value) {
        return nullToEmpty(value).replaceAll("[^A-Za-z0-9]", "");
    }

    /** Go's {@code %.Ns}: at most {@code length} characters. */
    private static String prefix(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256Hex(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
