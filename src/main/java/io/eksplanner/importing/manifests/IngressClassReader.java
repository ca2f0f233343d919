package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestKeys.DEFAULT_INGRESS_CLASS;
import static io.eksplanner.importing.manifests.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.manifests.ManifestKeys.INGRESS_CLASS_PARAMS;

import io.eksplanner.common.NameRule;
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
        String parametersName = parametersName(spec == null ? null : spec.getParameters(), at);
        if (EKS_AUTO_MODE_ALB.equals(controller)) {
            at.defaulted("spec.controller: " + EKS_AUTO_MODE_ALB
                    + " is EKS Auto Mode's load balancing; read as given, but the planner does not plan Auto Mode"
                    + " load balancers");
        }
        boolean isDefault =
                "true".equals(annotations(ingressClass.getMetadata()).get(DEFAULT_INGRESS_CLASS));
        into.add(new IngressClassSpec(name, controller, isDefault, null), parametersName);
    }

    /** The name of the IngressClassParams the class refers to; null when it refers to none or to something else. */
    private static String parametersName(IngressClassParametersReference reference, ObjectLog at) {
        if (reference == null) {
            return null;
        }
        if (ELBV2_GROUP.equals(reference.getApiGroup()) && INGRESS_CLASS_PARAMS.equals(reference.getKind())) {
            return reference.getName();
        }
        at.defaulted("spec.parameters: " + reference.getKind() + " of " + reference.getApiGroup()
                + " are not the AWS Load Balancer Controller's IngressClassParams; read without parameters");
        return null;
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
