package io.eksplanner.importing.manifests;

import java.util.Map;
import java.util.Set;

/**
 * The Gateway API kinds and the AWS Load Balancer Controller's Gateway configuration kinds the importer reads, each in
 * the API versions a cluster serves it in: the controller reads every gateway.networking.k8s.io kind as {@code v1}
 * (aws-load-balancer-controller v3.5.0, {@code pkg/gateway/routeutils/tcp.go}, {@code listener_set.go}) and
 * ReferenceGrants as {@code v1beta1} ({@code pkg/shared_utils/cross_namespace_validator.go}); the API server serves the
 * older versions of one object as the same object.
 */
final class GatewayKinds {

    static final String GATEWAY_GROUP = "gateway.networking.k8s.io";
    static final String CONTROLLER_GROUP = "gateway.k8s.aws";

    static final String LOAD_BALANCER_CONFIGURATION = "LoadBalancerConfiguration";
    static final String TARGET_GROUP_CONFIGURATION = "TargetGroupConfiguration";
    static final String LISTENER_RULE_CONFIGURATION = "ListenerRuleConfiguration";

    private static final Map<String, Set<String>> VERSIONS = Map.ofEntries(
            Map.entry("GatewayClass", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1beta1")),
            Map.entry("Gateway", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1beta1")),
            Map.entry("HTTPRoute", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1beta1")),
            Map.entry("GRPCRoute", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1alpha2")),
            Map.entry("TCPRoute", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1alpha2")),
            Map.entry("UDPRoute", Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1alpha2")),
            Map.entry(
                    "TLSRoute",
                    Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1alpha2", GATEWAY_GROUP + "/v1alpha3")),
            Map.entry(
                    "ReferenceGrant",
                    Set.of(GATEWAY_GROUP + "/v1", GATEWAY_GROUP + "/v1beta1", GATEWAY_GROUP + "/v1alpha2")),
            Map.entry("ListenerSet", Set.of(GATEWAY_GROUP + "/v1")),
            Map.entry(LOAD_BALANCER_CONFIGURATION, Set.of(CONTROLLER_GROUP + "/v1beta1", CONTROLLER_GROUP + "/v1")),
            Map.entry(TARGET_GROUP_CONFIGURATION, Set.of(CONTROLLER_GROUP + "/v1beta1", CONTROLLER_GROUP + "/v1")),
            Map.entry(LISTENER_RULE_CONFIGURATION, Set.of(CONTROLLER_GROUP + "/v1beta1", CONTROLLER_GROUP + "/v1")));

    private GatewayKinds() {}

    /** Whether {@code kind} is one of these kinds, whatever its version. */
    static boolean isGatewayKind(String kind) {
        return VERSIONS.containsKey(kind);
    }

    /** Whether the importer reads {@code kind} in {@code apiVersion}. */
    static boolean reads(String apiVersion, String kind) {
        return VERSIONS.getOrDefault(kind, Set.of()).contains(apiVersion);
    }

    /** The versions {@code kind} is read in, for the message that ignores another. */
    static String versions(String kind) {
        return String.join(", ", VERSIONS.get(kind).stream().sorted().toList());
    }
}
