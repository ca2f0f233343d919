package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.labels;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestFields.namespace;
import static io.eksplanner.importing.manifests.ManifestFields.port;
import static io.eksplanner.importing.manifests.ManifestFields.portName;
import static io.eksplanner.importing.manifests.ManifestFields.protocol;
import static io.eksplanner.importing.manifests.ManifestKeys.NODE_GROUPS;
import static io.eksplanner.importing.manifests.ManifestKeys.PLACEMENT;
import static io.eksplanner.importing.manifests.ManifestKeys.POD_SECURITY_GROUP;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.ContainerPortSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Deployments, StatefulSets, DaemonSets, ReplicaSets and Pods as the topology's workloads: what the planner
 * schedules is each one's pod template, with the placement the {@code eksplanner.io/} annotations give.
 */
final class WorkloadReader {

    private WorkloadReader() {}

    /** Reads {@code resource} into {@code into} when it is one of the workload kinds; anything else is left alone. */
    static void read(KubernetesResource resource, ObjectLog at, ManifestObjects into) {
        if (resource instanceof Deployment deployment) {
            var spec = deployment.getSpec();
            read(
                    deployment,
                    WorkloadKind.Deployment,
                    spec == null ? null : spec.getReplicas(),
                    spec == null ? null : spec.getTemplate(),
                    at,
                    into);
        } else if (resource instanceof StatefulSet statefulSet) {
            var spec = statefulSet.getSpec();
            read(
                    statefulSet,
                    WorkloadKind.StatefulSet,
                    spec == null ? null : spec.getReplicas(),
                    spec == null ? null : spec.getTemplate(),
                    at,
                    into);
        } else if (resource instanceof DaemonSet daemonSet) {
            var spec = daemonSet.getSpec();
            read(daemonSet, WorkloadKind.DaemonSet, null, spec == null ? null : spec.getTemplate(), at, into);
        } else if (resource instanceof ReplicaSet replicaSet) {
            var spec = replicaSet.getSpec();
            read(
                    replicaSet,
                    WorkloadKind.Deployment,
                    spec == null ? null : spec.getReplicas(),
                    spec == null ? null : spec.getTemplate(),
                    at,
                    into);
        } else if (resource instanceof Pod pod) {
            PodTemplateSpec template = new PodTemplateSpec(pod.getMetadata(), pod.getSpec());
            read(pod, WorkloadKind.Deployment, 1, template, at, into);
        }
    }

    private static void read(
            HasMetadata object,
            WorkloadKind kind,
            Integer replicas,
            PodTemplateSpec template,
            ObjectLog at,
            ManifestObjects into) {
        String name = name(object, NameRule.DNS1123_SUBDOMAIN, at);
        String namespace = namespace(object, at);
        boolean isPod = object instanceof Pod;
        String specPath = isPod ? "spec" : "spec.template.spec";
        if (template == null || template.getSpec() == null) {
            at.problem(specPath, "must be set: the planner schedules the pods this spec describes");
            return;
        }
        Integer count = kind == WorkloadKind.DaemonSet ? replicas : replicas(replicas, at);
        noteReadAsDeployment(object, at);
        String labelsPath = isPod ? "metadata.labels" : "spec.template.metadata.labels";
        Map<String, String> labels = labels(
                template.getMetadata() == null ? null : template.getMetadata().getLabels(), labelsPath, at);
        PodSpec spec = template.getSpec();
        List<ContainerPortSpec> ports = ports(spec, specPath, at);
        Map<String, String> annotations = annotations(object.getMetadata());
        into.add(new WorkloadSpec(
                name,
                namespace,
                kind,
                count,
                labels,
                ports,
                placement(annotations.get(PLACEMENT), at),
                nodeGroups(annotations.get(NODE_GROUPS)),
                Boolean.TRUE.equals(spec.getHostNetwork()),
                podSecurityGroup(annotations.get(POD_SECURITY_GROUP), at)));
    }

    private static void noteReadAsDeployment(HasMetadata object, ObjectLog at) {
        if (object instanceof ReplicaSet) {
            at.defaulted("read as a Deployment, which the planner schedules the same way as a ReplicaSet");
        } else if (object instanceof Pod) {
            at.defaulted("read as a Deployment of 1 replica, since the planner models workloads, not single Pods");
        }
    }

    private static Integer replicas(Integer replicas, ObjectLog at) {
        if (replicas == null) {
            at.defaulted("spec.replicas: Kubernetes' default 1");
            return 1;
        }
        if (replicas < 0) {
            at.problem("spec.replicas", "must not be negative");
        }
        return replicas;
    }

    /** Every container's ports, in order. */
    private static List<ContainerPortSpec> ports(PodSpec spec, String specPath, ObjectLog at) {
        List<ContainerPortSpec> ports = new ArrayList<>();
        List<Container> containers = spec.getContainers() == null ? List.of() : spec.getContainers();
        for (int c = 0; c < containers.size(); c++) {
            List<ContainerPort> containerPorts = containers.get(c).getPorts();
            for (int p = 0; containerPorts != null && p < containerPorts.size(); p++) {
                String path = specPath + ".containers[" + c + "].ports[" + p + "].";
                ContainerPort port = containerPorts.get(p);
                portName(port.getName(), path + "name", at);
                port(port.getContainerPort(), path + "containerPort", true, at);
                ports.add(new ContainerPortSpec(
                        port.getName(), port.getContainerPort(), protocol(port.getProtocol(), path, at)));
            }
        }
        return ports;
    }

    private static Placement placement(String value, ObjectLog at) {
        if (value == null) {
            return Placement.SPREAD;
        }
        try {
            return Placement.valueOf(value);
        } catch (IllegalArgumentException e) {
            at.problem("metadata.annotations[" + PLACEMENT + "]", "must be one of [SPREAD, PACK]");
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

    private static Boolean podSecurityGroup(String value, ObjectLog at) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            at.problem("metadata.annotations[" + POD_SECURITY_GROUP + "]", "must be \"true\" or \"false\"");
        }
        return true;
    }
}
