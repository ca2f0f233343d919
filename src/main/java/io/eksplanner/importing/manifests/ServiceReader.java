package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.enumValue;
import static io.eksplanner.importing.manifests.ManifestFields.labels;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestFields.namespace;
import static io.eksplanner.importing.manifests.ManifestFields.nodePort;
import static io.eksplanner.importing.manifests.ManifestFields.port;
import static io.eksplanner.importing.manifests.ManifestFields.portName;
import static io.eksplanner.importing.manifests.ManifestFields.portReference;
import static io.eksplanner.importing.manifests.ManifestFields.protocol;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.ServicePortSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.ServiceTypeFields;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/**
 * Services as the topology's Services, with the rules the API server applies to their types, ports and traffic
 * policies; an ExternalName Service is ignored, since there is nothing behind it to plan.
 */
final class ServiceReader {

    static final String EKS_AUTO_MODE_NLB = "eks.amazonaws.com/nlb";

    private ServiceReader() {}

    /** Reads {@code service} into {@code into}; false when it is ignored rather than taken. */
    static boolean read(Service service, ObjectLog at, ManifestObjects into) {
        String name = name(service, NameRule.DNS1035_LABEL, at);
        String namespace = namespace(service, at);
        var spec = service.getSpec();
        if (spec == null) {
            at.problem("spec", "must be set: a Service needs ports");
            return true;
        }
        if ("ExternalName".equals(spec.getType())) {
            at.ignored(
                    service.getApiVersion(),
                    service.getKind(),
                    namespace,
                    name,
                    "an ExternalName Service is a DNS alias with no endpoints or load balancer to plan");
            return false;
        }
        ServiceType type = enumValue(ServiceType.class, spec.getType(), ServiceType.ClusterIP, "spec.type", at);
        boolean external = type == ServiceType.NodePort || type == ServiceType.LoadBalancer;
        List<ServicePortSpec> ports = ports(spec.getPorts(), external, at);
        ExternalTrafficPolicy policy = trafficPolicy(spec, external, at);
        // The fields the apiserver admits on some types only, refused as the topology API refuses them
        // (ServiceTypeFields: kubernetes/kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd
        // pkg/apis/core/validation/validation.go ValidateService).
        ServiceTypeFields.forbidden(
                        type,
                        policy,
                        spec.getHealthCheckNodePort(),
                        spec.getAllocateLoadBalancerNodePorts(),
                        spec.getLoadBalancerClass())
                .forEach(forbidden -> at.problem("spec." + forbidden.field(), forbidden.message()));
        if (spec.getHealthCheckNodePort() != null) {
            nodePort(spec.getHealthCheckNodePort(), "spec.healthCheckNodePort", at);
        }
        noteAutoModeClass(spec, at);
        into.add(new ServiceSpec(
                name,
                namespace,
                type,
                labels(spec.getSelector(), "spec.selector", at),
                ports,
                policy,
                spec.getHealthCheckNodePort(),
                spec.getAllocateLoadBalancerNodePorts(),
                spec.getLoadBalancerClass(),
                annotations(service.getMetadata())));
        return true;
    }

    private static List<ServicePortSpec> ports(List<ServicePort> given, boolean external, ObjectLog at) {
        List<ServicePort> servicePorts = given == null ? List.of() : given;
        List<ServicePortSpec> ports = new ArrayList<>();
        for (int i = 0; i < servicePorts.size(); i++) {
            ports.add(
                    servicePort(servicePorts.get(i), "spec.ports[" + i + "].", servicePorts.size() > 1, external, at));
        }
        return ports;
    }

    private static ServicePortSpec servicePort(
            ServicePort port, String path, boolean severalPorts, boolean external, ObjectLog at) {
        if (port.getName() == null && severalPorts) {
            at.problem(path + "name", "must be set when a Service has more than one port");
        }
        portName(port.getName(), path + "name", at);
        port(port.getPort(), path + "port", true, at);
        PortReference targetPort = portReference(port.getTargetPort(), path + "targetPort", at);
        if (targetPort == null && port.getPort() != null) {
            targetPort = PortReference.of(port.getPort());
            at.defaulted(path + "targetPort: Kubernetes' default, the port " + port.getPort());
        }
        if (port.getNodePort() != null) {
            if (!external) {
                at.problem(path + "nodePort", "may only be set when type is NodePort or LoadBalancer");
            }
            nodePort(port.getNodePort(), path + "nodePort", at);
        }
        return new ServicePortSpec(
                port.getName(), port.getPort(), targetPort, port.getNodePort(), protocol(port.getProtocol(), path, at));
    }

    private static ExternalTrafficPolicy trafficPolicy(
            io.fabric8.kubernetes.api.model.ServiceSpec spec, boolean external, ObjectLog at) {
        ExternalTrafficPolicy policy = enumValue(
                ExternalTrafficPolicy.class,
                spec.getExternalTrafficPolicy(),
                external ? ExternalTrafficPolicy.Cluster : null,
                "spec.externalTrafficPolicy",
                at);
        return policy;
    }

    private static void noteAutoModeClass(io.fabric8.kubernetes.api.model.ServiceSpec spec, ObjectLog at) {
        if (EKS_AUTO_MODE_NLB.equals(spec.getLoadBalancerClass())) {
            at.defaulted("spec.loadBalancerClass: " + EKS_AUTO_MODE_NLB
                    + " is EKS Auto Mode's load balancing; read as given, but the planner does not plan Auto Mode"
                    + " load balancers");
        }
    }
}
