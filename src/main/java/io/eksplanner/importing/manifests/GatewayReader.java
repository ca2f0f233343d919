package io.eksplanner.importing.manifests;

import io.eksplanner.importing.manifests.Fabric8Objects.UnreadableObject;
import io.eksplanner.topology.spec.GatewayClassSpec;
import io.eksplanner.topology.spec.GatewaySpec;
import io.eksplanner.topology.spec.GrpcRouteSpec;
import io.eksplanner.topology.spec.HttpRouteSpec;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec;
import io.eksplanner.topology.spec.ListenerSetSpec;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec;
import io.eksplanner.topology.spec.ReferenceGrantSpec;
import io.eksplanner.topology.spec.TargetGroupConfigurationSpec;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gateway API objects (read by fabric8 into its Gateway API model, {@code io.fabric8.kubernetes.api.model.gatewayapi})
 * and the AWS Load Balancer Controller's {@code gateway.k8s.aws} configurations (generic resources) as the topology's
 * Gateway API specs: the object's {@code spec} by its Kubernetes field names, with its name and namespace; a Gateway's
 * {@code spec.infrastructure.parametersRef} becomes its {@code parametersRef} and its annotations are kept. Fields the
 * planner does not model are left out. Well-formedness is checked afterwards, with the rest of the document.
 */
final class GatewayReader {

    private final Fabric8Objects objects;

    GatewayReader(Fabric8Objects objects) {
        this.objects = objects;
    }

    void read(String kind, KubernetesResource resource, ObjectLog at, ManifestObjects into) {
        Map<String, Object> object = objects.toMap(resource);
        var gateway = into.gateway();
        switch (kind) {
            case "GatewayClass" ->
                convert(clusterScoped(object), GatewayClassSpec.class, at, gateway.gatewayClasses::add);
            case "Gateway" -> convert(gatewayFields(object), GatewaySpec.class, at, gateway.gateways::add);
            case "HTTPRoute" -> convert(namespaced(object), HttpRouteSpec.class, at, gateway.httpRoutes::add);
            case "GRPCRoute" -> convert(namespaced(object), GrpcRouteSpec.class, at, gateway.grpcRoutes::add);
            case "TCPRoute" -> convert(namespaced(object), L4RouteSpec.class, at, gateway.tcpRoutes::add);
            case "UDPRoute" -> convert(namespaced(object), L4RouteSpec.class, at, gateway.udpRoutes::add);
            case "TLSRoute" -> convert(namespaced(object), L4RouteSpec.class, at, gateway.tlsRoutes::add);
            case "ReferenceGrant" ->
                convert(namespaced(object), ReferenceGrantSpec.class, at, gateway.referenceGrants::add);
            case "ListenerSet" -> convert(namespaced(object), ListenerSetSpec.class, at, gateway.listenerSets::add);
            case GatewayKinds.LOAD_BALANCER_CONFIGURATION ->
                convert(
                        namespaced(object),
                        LoadBalancerConfigurationSpec.class,
                        at,
                        gateway.loadBalancerConfigurations::add);
            case GatewayKinds.TARGET_GROUP_CONFIGURATION ->
                convert(
                        namespaced(object),
                        TargetGroupConfigurationSpec.class,
                        at,
                        gateway.targetGroupConfigurations::add);
            case GatewayKinds.LISTENER_RULE_CONFIGURATION ->
                convert(
                        namespaced(object),
                        ListenerRuleConfigurationSpec.class,
                        at,
                        gateway.listenerRuleConfigurations::add);
            default -> throw new IllegalArgumentException("not a Gateway API kind: " + kind);
        }
    }

    private <T> void convert(Map<String, Object> fields, Class<T> type, ObjectLog at, Consumer<T> into) {
        var dropped = new ArrayList<String>();
        Object modelled = RecordShape.prune(fields, type, "", dropped);
        if (!dropped.isEmpty()) {
            at.defaulted("spec: the planner does not model " + String.join(", ", dropped) + "; left out");
        }
        try {
            into.accept(objects.toRecord(modelled, type));
        } catch (UnreadableObject e) {
            String field = e.field();
            boolean top = field.equals("name") || field.equals("namespace") || field.equals("annotations");
            at.problem(top ? "metadata." + field : "spec." + field, "cannot be read: " + e.getMessage());
        }
    }

    /** The object's spec with its name. */
    private static Map<String, Object> clusterScoped(Map<String, Object> object) {
        var fields = new LinkedHashMap<String, Object>(section(object, "spec"));
        fields.put("name", section(object, "metadata").get("name"));
        return fields;
    }

    /** The object's spec with its name and namespace ({@code default} when none is given, as kubectl does). */
    private static Map<String, Object> namespaced(Map<String, Object> object) {
        var fields = clusterScoped(object);
        Object namespace = section(object, "metadata").get("namespace");
        fields.put("namespace", namespace instanceof String text && !text.isEmpty() ? text : "default");
        return fields;
    }

    private static Map<String, Object> gatewayFields(Map<String, Object> object) {
        var fields = namespaced(object);
        var infrastructure = section(fields, "infrastructure");
        fields.remove("infrastructure");
        fields.remove("addresses");
        if (infrastructure.get("parametersRef") != null) {
            fields.put("parametersRef", infrastructure.get("parametersRef"));
        }
        Object annotations = section(object, "metadata").get("annotations");
        if (annotations != null) {
            fields.put("annotations", annotations);
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> object, String key) {
        return object.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
