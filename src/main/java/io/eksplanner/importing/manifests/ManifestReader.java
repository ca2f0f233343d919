package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.describe;
import static io.eksplanner.importing.manifests.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.manifests.ManifestKeys.INGRESS_CLASS_PARAMS;

import io.eksplanner.importing.manifests.Fabric8Objects.UnreadableObject;
import io.eksplanner.importing.report.ImportLog;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one parsed YAML document of a Kubernetes manifest stream (a {@code List} counts as its items) into the
 * topology's workloads, Services, Ingresses and IngressClasses, and the Gateway API's objects with the AWS Load
 * Balancer Controller's Gateway configurations; it records in the {@link ImportLog} what it took,
 * ignored and defaulted, and every problem, and never throws for bad input. It checks what every object must have
 * (kind, API version, a version still served) and hands each modelled kind to its reader. Public because the import
 * use case in {@code io.eksplanner.importing} drives it.
 */
public final class ManifestReader {

    /** The API version the planner reads each modelled kind in. */
    private static final Map<String, String> MODELLED = Map.of(
            "Deployment",
            "apps/v1",
            "StatefulSet",
            "apps/v1",
            "DaemonSet",
            "apps/v1",
            "ReplicaSet",
            "apps/v1",
            "Pod",
            "v1",
            "Service",
            "v1",
            "Ingress",
            "networking.k8s.io/v1",
            "IngressClass",
            "networking.k8s.io/v1",
            INGRESS_CLASS_PARAMS,
            ELBV2_GROUP + "/v1beta1");

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
    private static final Set<String> RETIRED_WORKLOAD_VERSIONS =
            Set.of("extensions/v1beta1", "apps/v1beta1", "apps/v1beta2");
    private static final Set<String> RETIRED_INGRESS_VERSIONS =
            Set.of("extensions/v1beta1", "networking.k8s.io/v1beta1");

    // Cluster-scoped kinds have no namespace; the namespaced ones default to "default", as kubectl does.
    private static final Set<String> CLUSTER_SCOPED_KINDS =
            Set.of("IngressClass", INGRESS_CLASS_PARAMS, "Namespace", "CustomResourceDefinition", "GatewayClass");

    private final Fabric8Objects objects = new Fabric8Objects();
    private final GatewayReader gatewayReader = new GatewayReader(objects);

    /**
     * Reads {@code document}, the {@code index}-th (0-based) document of the stream, into {@code into}; a null
     * (empty) document is skipped.
     */
    public void read(Object document, int index, ImportLog log, ManifestObjects into) {
        if (document == null) {
            return;
        }
        if (!(document instanceof Map<?, ?> map)) {
            log.problem(index, null, "", "must be a Kubernetes object (a YAML mapping), not " + describe(document));
            return;
        }
        readObject(map, index, "", log, into);
    }

    /**
     * Records what the stream left unresolved once every document was read: IngressClasses whose IngressClassParams
     * were not among them keep their reference without parameters.
     */
    public void finish(ImportLog log, ManifestObjects objects) {
        objects.unresolvedParameters()
                .forEach((ingressClass, parameters) -> log.defaulted("IngressClass/" + ingressClass
                        + " spec.parameters: IngressClassParams " + parameters
                        + " is not in the manifests: the class keeps the reference without parameters, and the"
                        + " controller takes none of its Ingresses"));
    }

    private void readObject(Map<?, ?> map, int index, String prefix, ImportLog log, ManifestObjects into) {
        String apiVersion = nonBlank(map.get("apiVersion"));
        String kind = nonBlank(map.get("kind"));
        var at = new ObjectLog(index, prefix, label(kind, map), log);
        if (!typed(apiVersion, kind, at)) {
            return;
        }
        if (map.get("items") instanceof List<?> items && kind.endsWith("List")) {
            readItems(items, apiVersion, kind, at, into);
            return;
        }
        if (retired(apiVersion, kind, at)) {
            return;
        }
        boolean gatewayKind = GatewayKinds.reads(apiVersion, kind);
        if (!gatewayKind && !apiVersion.equals(MODELLED.get(kind))) {
            at.ignored(apiVersion, kind, namespaceOf(map), nameOf(map), ignoredReason(apiVersion, kind));
            return;
        }
        var emptyItem = NullItems.firstIn(map);
        if (emptyItem != null) {
            at.problem(emptyItem, "is an empty (null) list item: give it a value or remove it");
            return;
        }
        KubernetesResource resource;
        try {
            resource = objects.toResource(map);
        } catch (UnreadableObject e) {
            at.problem(e.field(), "cannot be read: " + e.getMessage());
            return;
        }
        int problemsBefore = at.problemCount();
        if (gatewayKind) {
            gatewayReader.read(kind, resource, at, into);
        }
        if ((gatewayKind || readResource(resource, at, into)) && at.problemCount() == problemsBefore) {
            at.read(apiVersion, kind, namespaceOf(map), nameOf(map));
        }
    }

    private static String nonBlank(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /** Whether the object names its kind and API version; a problem for each it lacks. */
    private static boolean typed(String apiVersion, String kind, ObjectLog at) {
        if (kind == null) {
            at.problem("kind", "must be set: every Kubernetes object names its kind");
        }
        if (apiVersion == null) {
            at.problem("apiVersion", "must be set: every Kubernetes object names its API version");
        }
        return kind != null && apiVersion != null;
    }

    private void readItems(List<?> items, String apiVersion, String kind, ObjectLog list, ManifestObjects into) {
        // A typed list (ServiceList) may leave kind and apiVersion off its items; a plain List may not.
        String itemKind = kind.equals("List") ? null : kind.substring(0, kind.length() - "List".length());
        for (int i = 0; i < items.size(); i++) {
            String itemPrefix = list.prefix() + "items[" + i + "].";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                list.log()
                        .problem(
                                list.document(),
                                null,
                                itemPrefix,
                                "must be a Kubernetes object, not " + describe(items.get(i)));
                continue;
            }
            Map<Object, Object> withType = new LinkedHashMap<>(item);
            if (itemKind != null) {
                withType.putIfAbsent("kind", itemKind);
                withType.putIfAbsent("apiVersion", apiVersion);
            }
            readObject(withType, list.document(), itemPrefix, list.log(), into);
        }
    }

    /** Whether the object is in an API version Kubernetes no longer serves; a problem saying which to use if so. */
    private static boolean retired(String apiVersion, String kind, ObjectLog at) {
        if (WORKLOAD_KINDS.contains(kind) && RETIRED_WORKLOAD_VERSIONS.contains(apiVersion)) {
            at.problem(
                    "apiVersion", apiVersion + " " + kind + " is no longer served since Kubernetes 1.16; use apps/v1");
            return true;
        }
        if ((kind.equals("Ingress") && RETIRED_INGRESS_VERSIONS.contains(apiVersion))
                || (kind.equals("IngressClass") && apiVersion.equals("networking.k8s.io/v1beta1"))) {
            at.problem(
                    "apiVersion",
                    apiVersion + " " + kind + " is no longer served since Kubernetes 1.22; use networking.k8s.io/v1");
            return true;
        }
        return false;
    }

    private static String ignoredReason(String apiVersion, String kind) {
        if (kind.equals(INGRESS_CLASS_PARAMS)) {
            return "only the AWS Load Balancer Controller's " + ELBV2_GROUP
                    + "/v1beta1 IngressClassParams carry IngressClass parameters the planner reads";
        }
        if (MODELLED.containsKey(kind)) {
            return apiVersion + " is not an API version the planner reads " + kind + " objects in";
        }
        if (GatewayKinds.isGatewayKind(kind)) {
            return apiVersion + " is not an API version the planner reads " + kind + " objects in (it reads "
                    + GatewayKinds.versions(kind) + ")";
        }
        return "the planner does not model " + kind + " objects";
    }

    /** Hands {@code resource} to the reader of its kind; false when that reader ignored it rather than took it. */
    private static boolean readResource(KubernetesResource resource, ObjectLog at, ManifestObjects into) {
        if (resource instanceof Service service) {
            return ServiceReader.read(service, at, into);
        }
        if (resource instanceof Ingress ingress) {
            IngressReader.read(ingress, at, into);
        } else if (resource instanceof IngressClass ingressClass) {
            IngressClassReader.read(ingressClass, at, into);
        } else if (resource instanceof GenericKubernetesResource parameters) {
            IngressClassReader.readParameters(parameters, at, into);
        } else {
            WorkloadReader.read(resource, at, into);
        }
        return true;
    }

    private static String label(String kind, Map<?, ?> map) {
        if (kind == null) {
            return null;
        }
        String name = nameOf(map);
        if (name == null) {
            return kind;
        }
        String namespace = namespaceOf(map);
        return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }

    private static String namespaceOf(Map<?, ?> map) {
        if (CLUSTER_SCOPED_KINDS.contains(map.get("kind"))) {
            return null;
        }
        Object namespace = map.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("namespace") : null;
        return namespace instanceof String text && !text.isEmpty() ? text : "default";
    }

    private static String nameOf(Map<?, ?> map) {
        Object name = map.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("name") : null;
        return name instanceof String text ? text : null;
    }
}
