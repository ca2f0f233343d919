package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestKeys.DEFAULT_INGRESS_CLASS;
import static io.eksplanner.importing.manifests.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.manifests.ManifestKeys.INGRESS_CLASS_PARAMS;
import static io.eksplanner.importing.manifests.ManifestKeys.NODE_GROUPS;
import static io.eksplanner.importing.manifests.ManifestKeys.PLACEMENT;
import static io.eksplanner.importing.manifests.ManifestKeys.POD_SECURITY_GROUP;

import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.ServicePortSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackendBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPortBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a topology's workloads, Services, Ingresses, IngressClasses and Gateway API objects as a multi-document Kubernetes manifest
 * stream that {@link ManifestReader} reads back into the same objects ({@code src/docs/import-mapping-manifests.md}
 * says what each kind carries); the cluster's AWS side (VPC, subnets, node groups) is not written. Public because the
 * export endpoint in {@code io.eksplanner.importing.web} writes with it.
 */
public final class ManifestWriter {

    /** The image of the placeholder container: the topology does not know what the pods run. */
    static final String PLACEHOLDER_IMAGE = "registry.k8s.io/pause:3.10";

    private final Fabric8Objects objects = new Fabric8Objects();

    /** The manifests of {@code topology}, one YAML document per object, workloads first; never null. */
    public String write(TopologyDocument topology) {
        List<Object> manifests = new ArrayList<>();
        list(topology.workloads()).forEach(workload -> manifests.add(workload(workload)));
        list(topology.services()).forEach(service -> manifests.add(service(service)));
        for (IngressClassSpec ingressClass : list(topology.ingressClasses())) {
            manifests.add(ingressClass(ingressClass));
            if (ingressClass.parameters() != null) {
                manifests.add(ingressClassParams(parametersName(ingressClass), ingressClass.parameters()));
            }
        }
        list(topology.ingresses()).forEach(ingress -> manifests.add(ingress(ingress)));
        manifests.addAll(new GatewayWriter(objects).write(topology));
        StringBuilder stream = new StringBuilder();
        for (Object object : manifests) {
            String yaml = objects.asYaml(object);
            stream.append(yaml.startsWith("---") ? yaml : "---\n" + yaml);
            if (!yaml.endsWith("\n")) {
                stream.append('\n');
            }
        }
        return stream.toString();
    }

    private Object workload(WorkloadSpec workload) {
        ObjectMeta metadata = metadata(workload.name(), workload.namespace(), plannerAnnotations(workload));
        Map<String, String> labels = map(workload.labels());
        LabelSelector selector =
                new LabelSelectorBuilder().withMatchLabels(labels).build();
        PodTemplateSpec template = podTemplate(workload, labels);
        WorkloadKind kind = workload.kind() == null ? WorkloadKind.Deployment : workload.kind();
        return switch (kind) {
            case Deployment ->
                new DeploymentBuilder()
                        .withMetadata(metadata)
                        .withNewSpec()
                        .withReplicas(workload.replicas())
                        .withSelector(selector)
                        .withTemplate(template)
                        .endSpec()
                        .build();
            case StatefulSet ->
                new StatefulSetBuilder()
                        .withMetadata(metadata)
                        .withNewSpec()
                        .withReplicas(workload.replicas())
                        .withServiceName(workload.name())
                        .withSelector(selector)
                        .withTemplate(template)
                        .endSpec()
                        .build();
            case DaemonSet ->
                new DaemonSetBuilder()
                        .withMetadata(metadata)
                        .withNewSpec()
                        .withSelector(selector)
                        .withTemplate(template)
                        .endSpec()
                        .build();
        };
    }

    // Planner defaults are left unwritten, so a manifest carries only what differs from them.
    private static Map<String, String> plannerAnnotations(WorkloadSpec workload) {
        Map<String, String> annotations = new LinkedHashMap<>();
        if (workload.placement() != null && workload.placement() != Placement.SPREAD) {
            annotations.put(PLACEMENT, workload.placement().name());
        }
        if (workload.nodeGroups() != null && !workload.nodeGroups().isEmpty()) {
            annotations.put(NODE_GROUPS, String.join(",", workload.nodeGroups()));
        }
        if (Boolean.TRUE.equals(workload.podSecurityGroup())) {
            annotations.put(POD_SECURITY_GROUP, "true");
        }
        return annotations;
    }

    private static PodTemplateSpec podTemplate(WorkloadSpec workload, Map<String, String> labels) {
        List<ContainerPort> ports = list(workload.ports()).stream()
                .map(port -> new ContainerPortBuilder()
                        .withName(port.name())
                        .withContainerPort(port.containerPort())
                        .withProtocol(
                                port.protocol() == null ? null : port.protocol().name())
                        .build())
                .toList();
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withHostNetwork(Boolean.TRUE.equals(workload.hostNetwork()) ? true : null)
                .addNewContainer()
                .withName("app")
                .withImage(PLACEHOLDER_IMAGE)
                .withPorts(ports)
                .endContainer()
                .endSpec()
                .build();
    }

    private static Object service(ServiceSpec service) {
        return new ServiceBuilder()
                .withMetadata(metadata(service.name(), service.namespace(), map(service.annotations())))
                .withNewSpec()
                .withType(service.type() == null ? null : service.type().name())
                .withSelector(service.selector() == null ? null : map(service.selector()))
                .withPorts(list(service.ports()).stream()
                        .map(ManifestWriter::servicePort)
                        .toList())
                .withExternalTrafficPolicy(
                        service.externalTrafficPolicy() == null
                                ? null
                                : service.externalTrafficPolicy().name())
                .withHealthCheckNodePort(service.healthCheckNodePort())
                .withAllocateLoadBalancerNodePorts(service.allocateLoadBalancerNodePorts())
                .withLoadBalancerClass(service.loadBalancerClass())
                .endSpec()
                .build();
    }

    private static io.fabric8.kubernetes.api.model.ServicePort servicePort(ServicePortSpec port) {
        return new ServicePortBuilder()
                .withName(port.name())
                .withPort(port.port())
                .withTargetPort(
                        port.targetPort() == null
                                ? null
                                : new IntOrString(port.targetPort().json()))
                .withNodePort(port.nodePort())
                .withProtocol(port.protocol() == null ? null : port.protocol().name())
                .build();
    }

    private static Object ingress(IngressSpec ingress) {
        List<IngressRule> rules =
                list(ingress.rules()).stream().map(ManifestWriter::ingressRule).toList();
        return new IngressBuilder()
                .withMetadata(metadata(ingress.name(), ingress.namespace(), map(ingress.annotations())))
                .withNewSpec()
                .withIngressClassName(ingress.ingressClassName())
                .withDefaultBackend(ingress.defaultBackend() == null ? null : backend(ingress.defaultBackend()))
                .withRules(rules)
                .withTls(list(ingress.tls()).stream()
                        .map(tls -> new IngressTLSBuilder()
                                .withHosts(list(tls.hosts()))
                                .withSecretName(tls.secretName())
                                .build())
                        .toList())
                .endSpec()
                .build();
    }

    private static IngressRule ingressRule(IngressRuleSpec rule) {
        return new IngressRuleBuilder()
                .withHost(rule.host())
                .withNewHttp()
                .withPaths(list(rule.paths()).stream()
                        .map(path -> new HTTPIngressPathBuilder()
                                .withPath(path.path())
                                .withPathType(
                                        path.pathType() == null
                                                ? null
                                                : path.pathType().name())
                                .withBackend(backend(path))
                                .build())
                        .toList())
                .endHttp()
                .build();
    }

    private static IngressBackend backend(IngressPathSpec path) {
        return backend(new IngressBackendSpec(path.serviceName(), path.servicePort()));
    }

    private static IngressBackend backend(IngressBackendSpec backend) {
        PortReference port = backend.servicePort();
        return new IngressBackendBuilder()
                .withNewService()
                .withName(backend.serviceName())
                .withPort(
                        port == null
                                ? null
                                : new ServiceBackendPortBuilder()
                                        .withNumber(port.number())
                                        .withName(port.name())
                                        .build())
                .endService()
                .build();
    }

    // Parameters without a reference are an IngressClassParams of the class's own name.
    private static String parametersName(IngressClassSpec ingressClass) {
        return ingressClass.parametersRef() == null
                ? ingressClass.name()
                : ingressClass.parametersRef().name();
    }

    private static Object ingressClass(IngressClassSpec ingressClass) {
        Map<String, String> annotations =
                Boolean.TRUE.equals(ingressClass.isDefault()) ? Map.of(DEFAULT_INGRESS_CLASS, "true") : Map.of();
        var builder = new IngressClassBuilder()
                .withMetadata(metadata(ingressClass.name(), null, annotations))
                .withNewSpec()
                .withController(ingressClass.controller());
        var reference = ingressClass.parametersRef();
        if (reference != null) {
            builder = builder.withNewParameters()
                    .withApiGroup(reference.apiGroup())
                    .withKind(reference.kind())
                    .withName(reference.name())
                    .endParameters();
        } else if (ingressClass.parameters() != null) {
            builder = builder.withNewParameters()
                    .withApiGroup(ELBV2_GROUP)
                    .withKind(INGRESS_CLASS_PARAMS)
                    .withName(ingressClass.name())
                    .endParameters();
        }
        return builder.endSpec().build();
    }

    private static Object ingressClassParams(String name, IngressClassParametersSpec parameters) {
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(ELBV2_GROUP + "/v1beta1")
                .withKind(INGRESS_CLASS_PARAMS)
                .withMetadata(metadata(name, null, Map.of()))
                .withAdditionalProperties(Map.of("spec", IngressClassParamsFields.write(parameters)))
                .build();
    }

    private static ObjectMeta metadata(String name, String namespace, Map<String, String> annotations) {
        return new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(namespace)
                .withAnnotations(annotations.isEmpty() ? null : annotations)
                .build();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, String> map(Map<String, String> map) {
        return map == null ? Map.of() : new LinkedHashMap<>(map);
    }
}
