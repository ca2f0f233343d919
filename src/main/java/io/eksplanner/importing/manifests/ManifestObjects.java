package io.eksplanner.importing.manifests;

import io.eksplanner.topology.spec.IngressClassParametersRefSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ManifestReader} took from a stream of manifests so far, each collection in the order the objects came
 * in; an IngressClass's parameters are looked up by name when {@link #ingressClasses()} is asked, because its
 * IngressClassParams may come later in the stream. Public because the import use case in
 * {@code io.eksplanner.importing} collects the objects of a whole stream in it and merges them into the topology.
 */
public final class ManifestObjects {

    private final List<WorkloadSpec> workloads = new ArrayList<>();
    private final List<ServiceSpec> services = new ArrayList<>();
    private final List<IngressSpec> ingresses = new ArrayList<>();
    private final List<IngressClassSpec> ingressClasses = new ArrayList<>();
    private final Map<String, IngressClassParametersSpec> parameters = new LinkedHashMap<>();
    private final GatewayObjects gateway = new GatewayObjects();

    public List<WorkloadSpec> workloads() {
        return List.copyOf(workloads);
    }

    public List<ServiceSpec> services() {
        return List.copyOf(services);
    }

    public List<IngressSpec> ingresses() {
        return List.copyOf(ingresses);
    }

    /**
     * The IngressClasses read, each with its {@code spec.parameters} reference and the IngressClassParams it names
     * when that object was read too; a class whose IngressClassParams are not in the stream keeps the reference alone.
     */
    public List<IngressClassSpec> ingressClasses() {
        return ingressClasses.stream()
                .map(ingressClass -> new IngressClassSpec(
                        ingressClass.name(),
                        ingressClass.controller(),
                        ingressClass.isDefault(),
                        namesParams(ingressClass.parametersRef())
                                ? parameters.get(ingressClass.parametersRef().name())
                                : null,
                        ingressClass.parametersRef()))
                .toList();
    }

    /** IngressClasses whose IngressClassParams were not read, as IngressClass name to IngressClassParams name. */
    Map<String, String> unresolvedParameters() {
        Map<String, String> missing = new LinkedHashMap<>();
        for (IngressClassSpec ingressClass : ingressClasses) {
            var reference = ingressClass.parametersRef();
            if (namesParams(reference) && !parameters.containsKey(reference.name())) {
                missing.put(ingressClass.name(), reference.name());
            }
        }
        return missing;
    }

    private static boolean namesParams(IngressClassParametersRefSpec reference) {
        return reference != null
                && ManifestKeys.ELBV2_GROUP.equals(reference.apiGroup())
                && ManifestKeys.INGRESS_CLASS_PARAMS.equals(reference.kind());
    }

    /**
     * {@code document} with the Gateway API objects and the controller's Gateway configurations read applied over its
     * own by kind, namespace and name, as {@code kubectl apply} does.
     */
    public TopologyDocument withGatewayObjects(TopologyDocument document) {
        return gateway.applyTo(document);
    }

    GatewayObjects gateway() {
        return gateway;
    }

    void add(WorkloadSpec workload) {
        workloads.add(workload);
    }

    void add(ServiceSpec service) {
        services.add(service);
    }

    void add(IngressSpec ingress) {
        ingresses.add(ingress);
    }

    void add(IngressClassSpec ingressClass) {
        ingressClasses.add(ingressClass);
    }

    void addParameters(String name, IngressClassParametersSpec spec) {
        parameters.put(name, spec);
    }
}
