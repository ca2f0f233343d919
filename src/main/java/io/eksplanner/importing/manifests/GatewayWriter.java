package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.GatewayKinds.CONTROLLER_GROUP;
import static io.eksplanner.importing.manifests.GatewayKinds.GATEWAY_GROUP;

import io.eksplanner.topology.spec.GatewaySpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a topology's Gateway API objects and the controller's Gateway configurations as manifests that {@link
 * GatewayReader} reads back into the same specs: Gateway API kinds in {@code gateway.networking.k8s.io/v1} (TCP and UDP
 * routes in {@code v1alpha2}, ReferenceGrants in {@code v1beta1}, the versions every Gateway API release serves), the
 * controller's kinds in {@code gateway.k8s.aws/v1beta1}.
 */
final class GatewayWriter {

    private static final String V1 = GATEWAY_GROUP + "/v1";
    private static final String V1ALPHA2 = GATEWAY_GROUP + "/v1alpha2";
    private static final String CONTROLLER = CONTROLLER_GROUP + "/v1beta1";

    private final Fabric8Objects objects;

    GatewayWriter(Fabric8Objects objects) {
        this.objects = objects;
    }

    /** Every Gateway API object of {@code topology} as a manifest map, classes and configurations first. */
    List<Object> write(TopologyDocument topology) {
        var manifests = new ArrayList<Object>();
        each(topology.gatewayClasses(), V1, "GatewayClass", manifests);
        each(topology.loadBalancerConfigurations(), CONTROLLER, GatewayKinds.LOAD_BALANCER_CONFIGURATION, manifests);
        each(topology.targetGroupConfigurations(), CONTROLLER, GatewayKinds.TARGET_GROUP_CONFIGURATION, manifests);
        each(topology.listenerRuleConfigurations(), CONTROLLER, GatewayKinds.LISTENER_RULE_CONFIGURATION, manifests);
        if (topology.gateways() != null) {
            topology.gateways().forEach(gateway -> manifests.add(gateway(gateway)));
        }
        each(topology.listenerSets(), V1, "ListenerSet", manifests);
        each(topology.referenceGrants(), GATEWAY_GROUP + "/v1beta1", "ReferenceGrant", manifests);
        each(topology.httpRoutes(), V1, "HTTPRoute", manifests);
        each(topology.grpcRoutes(), V1, "GRPCRoute", manifests);
        each(topology.tcpRoutes(), V1ALPHA2, "TCPRoute", manifests);
        each(topology.udpRoutes(), V1ALPHA2, "UDPRoute", manifests);
        each(topology.tlsRoutes(), V1ALPHA2, "TLSRoute", manifests);
        return manifests;
    }

    private void each(List<?> specs, String apiVersion, String kind, List<Object> into) {
        if (specs != null) {
            specs.forEach(spec -> into.add(manifest(apiVersion, kind, objects.toMap(spec))));
        }
    }

    private Map<String, Object> gateway(GatewaySpec gateway) {
        var fields = objects.toMap(gateway);
        Object parametersRef = fields.remove("parametersRef");
        if (parametersRef != null) {
            fields.put("infrastructure", Map.of("parametersRef", parametersRef));
        }
        return manifest(V1, "Gateway", fields);
    }

    /** {@code fields} (a spec's, with its name, namespace and annotations) as a Kubernetes object. */
    private static Map<String, Object> manifest(String apiVersion, String kind, Map<String, Object> fields) {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("name", fields.remove("name"));
        Object namespace = fields.remove("namespace");
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        Object annotations = fields.remove("annotations");
        if (annotations instanceof Map<?, ?> map && !map.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("apiVersion", apiVersion);
        manifest.put("kind", kind);
        manifest.put("metadata", metadata);
        manifest.put("spec", fields);
        return manifest;
    }
}
