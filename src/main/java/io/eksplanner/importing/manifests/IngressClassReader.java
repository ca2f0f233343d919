package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestKeys.DEFAULT_INGRESS_CLASS;
import static io.eksplanner.importing.manifests.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.manifests.ManifestKeys.INGRESS_CLASS_PARAMS;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.spec.IngressClassParametersRefSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassParametersReference;

/**
 * IngressClasses as the topology's IngressClasses, and the AWS Load Balancer Controller's IngressClassParams that
 * give a class its settings ({@link IngressClassParamsFields}); a class and its parameters are joined by name in
 * {@link ManifestObjects}, since either may come first in the stream.
 */
final class IngressClassReader {

    static final String EKS_AUTO_MODE_ALB = "eks.amazonaws.com/alb";

    private IngressClassReader() {}

    static void read(IngressClass ingressClass, ObjectLog at, ManifestObjects into) {
        String name = name(ingressClass, NameRule.DNS1123_SUBDOMAIN, at);
        var spec = ingressClass.getSpec();
        String controller = spec == null ? null : spec.getController();
        var reference = reference(spec == null ? null : spec.getParameters(), at);
        if (EKS_AUTO_MODE_ALB.equals(controller)) {
            at.defaulted("spec.controller: " + EKS_AUTO_MODE_ALB
                    + " is EKS Auto Mode's load balancing; read as given, but the planner does not plan Auto Mode"
                    + " load balancers");
        }
        boolean isDefault =
                "true".equals(annotations(ingressClass.getMetadata()).get(DEFAULT_INGRESS_CLASS));
        into.add(new IngressClassSpec(name, controller, isDefault, null, reference));
    }

    /**
     * The class's {@code spec.parameters} as written, kept even when it names something other than the controller's
     * IngressClassParams, since the controller then fails the class (src/docs/domain-rules.md §4).
     */
    private static IngressClassParametersRefSpec reference(IngressClassParametersReference reference, ObjectLog at) {
        if (reference == null) {
            return null;
        }
        if (reference.getKind() == null || reference.getKind().isBlank()) {
            at.problem("spec.parameters.kind", "must be set: Kubernetes requires the kind of the parameters");
            return null;
        }
        if (reference.getName() == null || reference.getName().isBlank()) {
            at.problem("spec.parameters.name", "must be set: Kubernetes requires the name of the parameters");
            return null;
        }
        if (!ELBV2_GROUP.equals(reference.getApiGroup()) || !INGRESS_CLASS_PARAMS.equals(reference.getKind())) {
            at.defaulted("spec.parameters: " + reference.getKind() + " of " + reference.getApiGroup()
                    + " are not the AWS Load Balancer Controller's IngressClassParams; kept as the class's"
                    + " parametersRef, with which the controller takes no Ingress of the class");
        }
        return new IngressClassParametersRefSpec(reference.getApiGroup(), reference.getKind(), reference.getName());
    }

    /** Reads an {@code elbv2.k8s.aws/v1beta1} IngressClassParams, which fabric8 has no type for. */
    static void readParameters(GenericKubernetesResource parameters, ObjectLog at, ManifestObjects into) {
        String name = name(parameters, NameRule.DNS1123_SUBDOMAIN, at);
        var spec = IngressClassParamsFields.read(
                parameters.getAdditionalProperties().get("spec"), at);
        if (name != null) {
            into.addParameters(name, spec);
        }
    }
}
