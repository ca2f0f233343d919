package io.eksplanner.importing;

import static io.eksplanner.importing.ManifestKeys.DEFAULT_INGRESS_CLASS;
import static io.eksplanner.importing.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.ManifestKeys.INGRESS_CLASS_PARAMS;
import static io.eksplanner.importing.ManifestKeys.NODE_GROUPS;
import static io.eksplanner.importing.ManifestKeys.PLACEMENT;
import static io.eksplanner.importing.ManifestKeys.POD_SECURITY_GROUP;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.ContainerPortSpec;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.ServicePortSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassParametersReference;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;

/**
 * Reads one parsed YAML document of a Kubernetes manifest stream (a {@code List} counts as its items) into the
 * topology's workloads, Services, Ingresses and IngressClasses; it records in the {@link ImportLog} what it took,
 * ignored and defaulted, and every problem, and never throws for bad input.
 */
public final class ManifestReader {

    static final String EKS_AUTO_MODE_ALB = "eks.amazonaws.com/alb";
    static final String EKS_AUTO_MODE_NLB = "eks.amazonaws.com/nlb";

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
    private static final Set<String> RETIRED_WORKLOAD_VERSIONS =
            Set.of("extensions/v1beta1", "apps/v1beta1", "apps/v1beta2");
    private static final Set<String> RETIRED_INGRESS_VERSIONS =
            Set.of("extensions/v1beta1", "networking.k8s.io/v1beta1");
    private static final Set<String> SCHEMES = Set.of("internet-facing", "internal");
    private static final Set<String> IP_ADDRESS_TYPES = Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4");

    private final KubernetesSerialization serialization = new KubernetesSerialization();

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
     * were not among them are read without parameters.
     */
    public void finish(ImportLog log, ManifestObjects objects) {
        objects.unresolvedParameters()
                .forEach((ingressClass, parameters) -> log.defaulted("IngressClass/" + ingressClass
                        + " spec.parameters: IngressClassParams " + parameters
                        + " is not in the manifests, so the class is read without parameters"));
    }

    private void readObject(Map<?, ?> map, int index, String prefix, ImportLog log, ManifestObjects into) {
        Object apiVersionValue = map.get("apiVersion");
        Object kindValue = map.get("kind");
        String apiVersion = apiVersionValue instanceof String text && !text.isBlank() ? text : null;
        String kind = kindValue instanceof String text && !text.isBlank() ? text : null;
        Place place = new Place(index, prefix, label(kind, map), log);
        if (kind == null) {
            place.problem("kind", "must be set: every Kubernetes object names its kind");
        }
        if (apiVersion == null) {
            place.problem("apiVersion", "must be set: every Kubernetes object names its API version");
        }
        if (kind == null || apiVersion == null) {
            return;
        }
        if (map.get("items") instanceof List<?> items && kind.endsWith("List")) {
            readItems(items, apiVersion, kind, index, prefix, log, into);
            return;
        }
        if (WORKLOAD_KINDS.contains(kind) && RETIRED_WORKLOAD_VERSIONS.contains(apiVersion)) {
            place.problem(
                    "apiVersion", apiVersion + " " + kind + " is no longer served since Kubernetes 1.16; use apps/v1");
            return;
        }
        if ((kind.equals("Ingress") && RETIRED_INGRESS_VERSIONS.contains(apiVersion))
                || (kind.equals("IngressClass") && apiVersion.equals("networking.k8s.io/v1beta1"))) {
            place.problem(
                    "apiVersion",
                    apiVersion + " " + kind + " is no longer served since Kubernetes 1.22; use networking.k8s.io/v1");
            return;
        }
        if (!modelled(apiVersion, kind)) {
            log.ignored(index, apiVersion, kind, namespaceOf(map), nameOf(map), ignoredReason(apiVersion, kind));
            return;
        }
        KubernetesResource resource;
        try {
            resource = serialization.convertValue(map, KubernetesResource.class);
        } catch (RuntimeException e) {
            JacksonException cause = jacksonCause(e);
            place.problem(
                    cause == null ? "" : path(cause),
                    "cannot be read: " + firstLine(cause == null ? e.getMessage() : cause.getOriginalMessage()));
            return;
        }
        int problemsBefore = log.problems().size();
        boolean taken = true;
        if (resource instanceof Deployment deployment) {
            readWorkload(
                    deployment,
                    WorkloadKind.Deployment,
                    deployment.getSpec() == null ? null : deployment.getSpec().getReplicas(),
                    deployment.getSpec() == null ? null : deployment.getSpec().getTemplate(),
                    place,
                    into);
        } else if (resource instanceof StatefulSet statefulSet) {
            readWorkload(
                    statefulSet,
                    WorkloadKind.StatefulSet,
                    statefulSet.getSpec() == null ? null : statefulSet.getSpec().getReplicas(),
                    statefulSet.getSpec() == null ? null : statefulSet.getSpec().getTemplate(),
                    place,
                    into);
        } else if (resource instanceof DaemonSet daemonSet) {
            readWorkload(
                    daemonSet,
                    WorkloadKind.DaemonSet,
                    null,
                    daemonSet.getSpec() == null ? null : daemonSet.getSpec().getTemplate(),
                    place,
                    into);
        } else if (resource instanceof ReplicaSet replicaSet) {
            readWorkload(
                    replicaSet,
                    WorkloadKind.Deployment,
                    replicaSet.getSpec() == null ? null : replicaSet.getSpec().getReplicas(),
                    replicaSet.getSpec() == null ? null : replicaSet.getSpec().getTemplate(),
                    place,
                    into);
        } else if (resource instanceof Pod pod) {
            PodTemplateSpec template = new PodTemplateSpec(pod.getMetadata(), pod.getSpec());
            readWorkload(pod, WorkloadKind.Deployment, 1, template, place, into);
        } else if (resource instanceof Service service) {
            taken = readService(service, place, into);
        } else if (resource instanceof Ingress ingress) {
            readIngress(ingress, place, into);
        } else if (resource instanceof IngressClass ingressClass) {
            readIngressClass(ingressClass, place, into);
        } else if (resource instanceof GenericKubernetesResource parameters) {
            readIngressClassParams(parameters, place, into);
        }
        if (taken && log.problems().size() == problemsBefore) {
            log.read(index, apiVersion, kind, namespaceOf(map), nameOf(map));
        }
    }

    private void readItems(
            List<?> items,
            String apiVersion,
            String kind,
            int index,
            String prefix,
            ImportLog log,
            ManifestObjects into) {
        // A typed list (ServiceList) may leave kind and apiVersion off its items; a plain List may not.
        String itemKind = kind.equals("List") ? null : kind.substring(0, kind.length() - "List".length());
        for (int i = 0; i < items.size(); i++) {
            String itemPrefix = prefix + "items[" + i + "].";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                log.problem(index, null, itemPrefix, "must be a Kubernetes object, not " + describe(items.get(i)));
                continue;
            }
            Map<Object, Object> withType = new LinkedHashMap<>(item);
            if (itemKind != null) {
                withType.putIfAbsent("kind", itemKind);
                withType.putIfAbsent("apiVersion", apiVersion);
            }
            readObject(withType, index, itemPrefix, log, into);
        }
    }

    private static boolean modelled(String apiVersion, String kind) {
        return switch (kind) {
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" -> apiVersion.equals("apps/v1");
            case "Pod", "Service" -> apiVersion.equals("v1");
            case "Ingress", "IngressClass" -> apiVersion.equals("networking.k8s.io/v1");
            case INGRESS_CLASS_PARAMS -> apiVersion.equals(ELBV2_GROUP + "/v1beta1");
            default -> false;
        };
    }

    private static String ignoredReason(String apiVersion, String kind) {
        if (kind.equals(INGRESS_CLASS_PARAMS)) {
            return "only the AWS Load Balancer Controller's " + ELBV2_GROUP
                    + "/v1beta1 IngressClassParams carry IngressClass parameters the planner reads";
        }
        if (Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Service", "Ingress", "IngressClass")
                .contains(kind)) {
            return apiVersion + " is not an API version the planner reads " + kind + " objects in";
        }
        return "the planner does not model " + kind + " objects";
    }

    private void readWorkload(
            HasMetadata object,
            WorkloadKind kind,
            Integer replicas,
            PodTemplateSpec template,
            Place place,
            ManifestObjects into) {
        String name = name(object, NameRule.DNS1123_SUBDOMAIN, place);
        String namespace = namespace(object, place);
        boolean isPod = object instanceof Pod;
        String specPath = isPod ? "spec" : "spec.template.spec";
        String labelsPath = isPod ? "metadata.labels" : "spec.template.metadata.labels";
        if (template == null || template.getSpec() == null) {
            place.problem(specPath, "must be set: the planner schedules the pods this spec describes");
            return;
        }
        if (kind != WorkloadKind.DaemonSet) {
            if (replicas == null) {
                replicas = 1;
                place.defaulted("spec.replicas: Kubernetes' default 1");
            } else if (replicas < 0) {
                place.problem("spec.replicas", "must not be negative");
            }
        }
        if (object instanceof ReplicaSet) {
            place.defaulted("read as a Deployment, which the planner schedules the same way as a ReplicaSet");
        } else if (isPod) {
            place.defaulted("read as a Deployment of 1 replica, since the planner models workloads, not single Pods");
        }
        Map<String, String> labels = labels(
                template.getMetadata() == null ? null : template.getMetadata().getLabels(), labelsPath, place);
        PodSpec spec = template.getSpec();
        List<ContainerPortSpec> ports = new ArrayList<>();
        List<Container> containers = spec.getContainers() == null ? List.of() : spec.getContainers();
        for (int c = 0; c < containers.size(); c++) {
            List<ContainerPort> containerPorts = containers.get(c).getPorts();
            for (int p = 0; containerPorts != null && p < containerPorts.size(); p++) {
                String path = specPath + ".containers[" + c + "].ports[" + p + "].";
                ContainerPort port = containerPorts.get(p);
                portName(port.getName(), path + "name", place);
                port(port.getContainerPort(), path + "containerPort", true, place);
                ports.add(new ContainerPortSpec(
                        port.getName(), port.getContainerPort(), protocol(port.getProtocol(), path, place)));
            }
        }
        Map<String, String> annotations = annotations(object.getMetadata());
        into.add(new WorkloadSpec(
                name,
                namespace,
                kind,
                replicas,
                labels,
                ports,
                placement(annotations.get(PLACEMENT), place),
                nodeGroups(annotations.get(NODE_GROUPS)),
                Boolean.TRUE.equals(spec.getHostNetwork()),
                podSecurityGroup(annotations.get(POD_SECURITY_GROUP), place)));
    }

    private static Placement placement(String value, Place place) {
        if (value == null) {
            return Placement.SPREAD;
        }
        try {
            return Placement.valueOf(value);
        } catch (IllegalArgumentException e) {
            place.problem("metadata.annotations[" + PLACEMENT + "]", "must be one of [SPREAD, PACK]");
            return null;
        }
    }

    private static List<String> nodeGroups(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(group -> !group.isEmpty())
                        .toList();
    }

    private static Boolean podSecurityGroup(String value, Place place) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            place.problem("metadata.annotations[" + POD_SECURITY_GROUP + "]", "must be \"true\" or \"false\"");
        }
        return true;
    }

    // False when the Service is ignored rather than taken.
    private boolean readService(Service service, Place place, ManifestObjects into) {
        String name = name(service, NameRule.DNS1035_LABEL, place);
        String namespace = namespace(service, place);
        var spec = service.getSpec();
        if (spec == null) {
            place.problem("spec", "must be set: a Service needs ports");
            return true;
        }
        if ("ExternalName".equals(spec.getType())) {
            place.log()
                    .ignored(
                            place.document(),
                            service.getApiVersion(),
                            service.getKind(),
                            namespace,
                            name,
                            "an ExternalName Service is a DNS alias with no endpoints or load balancer to plan");
            return false;
        }
        ServiceType type = enumValue(ServiceType.class, spec.getType(), ServiceType.ClusterIP, "spec.type", place);
        boolean external = type == ServiceType.NodePort || type == ServiceType.LoadBalancer;
        List<ServicePort> servicePorts = spec.getPorts() == null ? List.of() : spec.getPorts();
        List<ServicePortSpec> ports = new ArrayList<>();
        for (int i = 0; i < servicePorts.size(); i++) {
            ServicePort port = servicePorts.get(i);
            String path = "spec.ports[" + i + "].";
            if (port.getName() == null && servicePorts.size() > 1) {
                place.problem(path + "name", "must be set when a Service has more than one port");
            }
            portName(port.getName(), path + "name", place);
            port(port.getPort(), path + "port", true, place);
            PortReference targetPort = portReference(port.getTargetPort(), path + "targetPort", place);
            if (targetPort == null && port.getPort() != null) {
                targetPort = PortReference.of(port.getPort());
                place.defaulted(path + "targetPort: Kubernetes' default, the port " + port.getPort());
            }
            if (port.getNodePort() != null) {
                if (!external) {
                    place.problem(path + "nodePort", "may only be set when type is NodePort or LoadBalancer");
                }
                nodePort(port.getNodePort(), path + "nodePort", place);
            }
            ports.add(new ServicePortSpec(
                    port.getName(),
                    port.getPort(),
                    targetPort,
                    port.getNodePort(),
                    protocol(port.getProtocol(), path, place)));
        }
        ExternalTrafficPolicy policy = enumValue(
                ExternalTrafficPolicy.class,
                spec.getExternalTrafficPolicy(),
                external ? ExternalTrafficPolicy.Cluster : null,
                "spec.externalTrafficPolicy",
                place);
        if (spec.getExternalTrafficPolicy() != null && !external) {
            place.problem("spec.externalTrafficPolicy", "may only be set when type is NodePort or LoadBalancer");
        }
        if (spec.getHealthCheckNodePort() != null) {
            if (type != ServiceType.LoadBalancer || policy != ExternalTrafficPolicy.Local) {
                place.problem(
                        "spec.healthCheckNodePort",
                        "may only be set when type is LoadBalancer and externalTrafficPolicy is Local");
            }
            nodePort(spec.getHealthCheckNodePort(), "spec.healthCheckNodePort", place);
        }
        if (spec.getLoadBalancerClass() != null && type != ServiceType.LoadBalancer) {
            place.problem("spec.loadBalancerClass", "may only be set when type is LoadBalancer");
        }
        if (EKS_AUTO_MODE_NLB.equals(spec.getLoadBalancerClass())) {
            place.defaulted("spec.loadBalancerClass: " + EKS_AUTO_MODE_NLB
                    + " is EKS Auto Mode's load balancing; read as given, but the planner does not plan Auto Mode"
                    + " load balancers");
        }
        into.add(new ServiceSpec(
                name,
                namespace,
                type,
                labels(spec.getSelector(), "spec.selector", place),
                ports,
                policy,
                spec.getHealthCheckNodePort(),
                spec.getLoadBalancerClass(),
                annotations(service.getMetadata())));
        return true;
    }

    private void readIngress(Ingress ingress, Place place, ManifestObjects into) {
        String name = name(ingress, NameRule.DNS1123_SUBDOMAIN, place);
        String namespace = namespace(ingress, place);
        var spec = ingress.getSpec();
        if (spec == null) {
            place.problem("spec", "must be set: an Ingress needs rules or a default backend");
            return;
        }
        String className = spec.getIngressClassName();
        if (className != null && !NameRule.DNS1123_SUBDOMAIN.accepts(className)) {
            place.problem("spec.ingressClassName", NameRule.DNS1123_SUBDOMAIN.describe());
        }
        List<IngressRuleSpec> rules = new ArrayList<>();
        List<IngressRule> ingressRules = spec.getRules() == null ? List.of() : spec.getRules();
        for (int r = 0; r < ingressRules.size(); r++) {
            IngressRule rule = ingressRules.get(r);
            List<HTTPIngressPath> httpPaths =
                    rule.getHttp() == null || rule.getHttp().getPaths() == null
                            ? List.of()
                            : rule.getHttp().getPaths();
            List<IngressPathSpec> paths = new ArrayList<>();
            for (int p = 0; p < httpPaths.size(); p++) {
                HTTPIngressPath httpPath = httpPaths.get(p);
                String path = "spec.rules[" + r + "].http.paths[" + p + "].";
                if (httpPath.getPath() != null && !httpPath.getPath().startsWith("/")) {
                    place.problem(path + "path", "must start with '/'");
                }
                PathType pathType = enumValue(PathType.class, httpPath.getPathType(), null, path + "pathType", place);
                if (httpPath.getPathType() == null) {
                    place.problem(
                            path + "pathType",
                            "must be set in networking.k8s.io/v1: Exact, Prefix or" + " ImplementationSpecific");
                }
                IngressBackendSpec backend = backend(httpPath.getBackend(), path + "backend", place);
                paths.add(new IngressPathSpec(
                        httpPath.getPath(),
                        pathType,
                        backend == null ? null : backend.serviceName(),
                        backend == null ? null : backend.servicePort()));
            }
            rules.add(new IngressRuleSpec(rule.getHost(), paths));
        }
        IngressBackendSpec defaultBackend = spec.getDefaultBackend() == null
                ? null
                : backend(spec.getDefaultBackend(), "spec.defaultBackend", place);
        into.add(
                new IngressSpec(name, namespace, className, annotations(ingress.getMetadata()), rules, defaultBackend));
    }

    private static IngressBackendSpec backend(IngressBackend backend, String path, Place place) {
        if (backend == null) {
            place.problem(path, "must be set: the planner routes a path to a Service");
            return null;
        }
        var service = backend.getService();
        if (service == null) {
            place.problem(
                    path + ".service",
                    backend.getResource() != null
                            ? "must be set: the planner routes only to Services, not to resource backends"
                            : "must be set: the planner routes a path to a Service");
            return null;
        }
        if (service.getName() == null) {
            place.problem(path + ".service.name", "must be set");
        } else if (!NameRule.DNS1035_LABEL.accepts(service.getName())) {
            place.problem(path + ".service.name", NameRule.DNS1035_LABEL.describe());
        }
        ServiceBackendPort port = service.getPort();
        PortReference reference = null;
        if (port == null || (port.getNumber() == null && port.getName() == null)) {
            place.problem(path + ".service.port", "must be set: a port number or a port name");
        } else if (port.getNumber() != null && port.getName() != null) {
            place.problem(path + ".service.port", "must be a port number or a port name, not both");
        } else if (port.getNumber() != null) {
            port(port.getNumber(), path + ".service.port.number", true, place);
            reference = PortReference.of(port.getNumber());
        } else {
            portName(port.getName(), path + ".service.port.name", place);
            reference = PortReference.of(port.getName());
        }
        return new IngressBackendSpec(service.getName(), reference);
    }

    private void readIngressClass(IngressClass ingressClass, Place place, ManifestObjects into) {
        String name = name(ingressClass, NameRule.DNS1123_SUBDOMAIN, place);
        var spec = ingressClass.getSpec();
        String controller = spec == null ? null : spec.getController();
        IngressClassParametersReference reference = spec == null ? null : spec.getParameters();
        String parametersName = null;
        if (reference != null) {
            if (ELBV2_GROUP.equals(reference.getApiGroup()) && INGRESS_CLASS_PARAMS.equals(reference.getKind())) {
                parametersName = reference.getName();
            } else {
                place.defaulted("spec.parameters: " + reference.getKind() + " of " + reference.getApiGroup()
                        + " are not the AWS Load Balancer Controller's IngressClassParams; read without parameters");
            }
        }
        if (EKS_AUTO_MODE_ALB.equals(controller)) {
            place.defaulted("spec.controller: " + EKS_AUTO_MODE_ALB
                    + " is EKS Auto Mode's load balancing; read as given, but the planner does not plan Auto Mode"
                    + " load balancers");
        }
        boolean isDefault =
                "true".equals(annotations(ingressClass.getMetadata()).get(DEFAULT_INGRESS_CLASS));
        into.add(new IngressClassSpec(name, controller, isDefault, null), parametersName);
    }

    private void readIngressClassParams(GenericKubernetesResource parameters, Place place, ManifestObjects into) {
        String name = name(parameters, NameRule.DNS1123_SUBDOMAIN, place);
        String scheme = text(parameters, place, "spec", "scheme");
        String group = text(parameters, place, "spec", "group", "name");
        String ipAddressType = text(parameters, place, "spec", "ipAddressType");
        if (scheme != null && !SCHEMES.contains(scheme)) {
            place.problem("spec.scheme", "must be one of [internet-facing, internal]");
        }
        if (ipAddressType != null && !IP_ADDRESS_TYPES.contains(ipAddressType)) {
            place.problem("spec.ipAddressType", "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]");
        }
        if (name != null) {
            into.addParameters(name, new IngressClassParametersSpec(scheme, group, ipAddressType));
        }
    }

    private static String text(GenericKubernetesResource resource, Place place, String... path) {
        Object value;
        try {
            value = resource.get((Object[]) path);
        } catch (RuntimeException e) {
            value = null; // an intermediate field that is not a mapping: reported below as a wrong type
        }
        if (value == null || value instanceof String) {
            return (String) value;
        }
        place.problem(String.join(".", path), "must be a string, not " + describe(value));
        return null;
    }

    private static String name(HasMetadata object, NameRule rule, Place place) {
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null || name.isEmpty()) {
            place.problem("metadata.name", "must be set");
        } else if (!rule.accepts(name)) {
            place.problem("metadata.name", rule.describe());
        }
        return name;
    }

    private static String namespace(HasMetadata object, Place place) {
        String namespace =
                object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        if (namespace == null || namespace.isEmpty()) {
            return "default";
        }
        if (!NameRule.DNS1123_LABEL.accepts(namespace)) {
            place.problem("metadata.namespace", NameRule.DNS1123_LABEL.describe());
        }
        return namespace;
    }

    private static Map<String, String> labels(Map<String, String> labels, String path, Place place) {
        if (labels == null) {
            return Map.of();
        }
        labels.forEach((key, value) -> {
            if (!NameRule.QUALIFIED_KEY.accepts(key)) {
                place.problem(path + "[" + key + "]", "key " + NameRule.QUALIFIED_KEY.describe());
            } else if (value == null || !NameRule.LABEL_VALUE.accepts(value)) {
                place.problem(path + "[" + key + "]", NameRule.LABEL_VALUE.describe());
            }
        });
        return new LinkedHashMap<>(labels);
    }

    private static Map<String, String> annotations(ObjectMeta metadata) {
        return metadata == null || metadata.getAnnotations() == null
                ? Map.of()
                : new LinkedHashMap<>(metadata.getAnnotations());
    }

    private static void portName(String name, String path, Place place) {
        if (name != null && !NameRule.PORT_NAME.accepts(name)) {
            place.problem(path, NameRule.PORT_NAME.describe());
        }
    }

    private static void port(Integer port, String path, boolean required, Place place) {
        if (port == null) {
            if (required) {
                place.problem(path, "must be set");
            }
        } else if (port < 1 || port > 65535) {
            place.problem(path, "must be a port number between 1 and 65535, not " + port);
        }
    }

    private static void nodePort(Integer port, String path, Place place) {
        if (port < 30000 || port > 32767) {
            place.problem(path, "must be between 30000 and 32767, the NodePort range of EKS, not " + port);
        }
    }

    private static PortReference portReference(IntOrString value, String path, Place place) {
        if (value == null || (value.getIntVal() == null && value.getStrVal() == null)) {
            return null;
        }
        PortReference reference =
                value.getIntVal() != null ? PortReference.of(value.getIntVal()) : PortReference.of(value.getStrVal());
        if (!reference.wellFormed()) {
            place.problem(
                    path,
                    reference.number() != null
                            ? "must be a port number between 1 and 65535, not " + reference.number()
                            : "must be a port number or a port name: " + NameRule.PORT_NAME.describe());
        }
        return reference;
    }

    private static Protocol protocol(String protocol, String path, Place place) {
        return enumValue(Protocol.class, protocol, Protocol.TCP, path + "protocol", place);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E absent, String path, Place place) {
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        place.problem(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
        return null;
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
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

    // Cluster-scoped kinds have no namespace; the namespaced ones default to "default", as kubectl does.
    private static String namespaceOf(Map<?, ?> map) {
        if (Set.of("IngressClass", INGRESS_CLASS_PARAMS, "Namespace", "CustomResourceDefinition")
                .contains(map.get("kind"))) {
            return null;
        }
        Object namespace = map.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("namespace") : null;
        return namespace instanceof String text && !text.isEmpty() ? text : "default";
    }

    private static String nameOf(Map<?, ?> map) {
        Object name = map.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("name") : null;
        return name instanceof String text ? text : null;
    }

    private static String describe(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Number ? "a number" : "a " + value.getClass().getSimpleName();
    }

    /** Where the reader is: the document, the path prefix of a List item, and the object, for problems. */
    private record Place(int document, String prefix, String object, ImportLog log) {

        void problem(String field, String message) {
            log.problem(document, object, prefix + field, message);
        }

        void defaulted(String sentence) {
            log.defaulted(object + " " + sentence);
        }
    }
}
