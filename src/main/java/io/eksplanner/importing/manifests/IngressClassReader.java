package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.describe;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestKeys.DEFAULT_INGRESS_CLASS;
import static io.eksplanner.importing.manifests.ManifestKeys.ELBV2_GROUP;
import static io.eksplanner.importing.manifests.ManifestKeys.INGRESS_CLASS_PARAMS;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassParametersReference;
import java.util.Set;

/**
 * IngressClasses as the topology's IngressClasses, and the AWS Load Balancer Controller's IngressClassParams that
 * give a class its scheme, group and address type; a class and its parameters are joined by name in
 * {@link ManifestObjects}, since either may come first in the stream.
 */
final class IngressClassReader {

    static final String EKS_AUTO_MODE_ALB = "eks.amazonaws.com/alb";

    private static final Set<String> SCHEMES = Set.of("internet-facing", "internal");
    private static final Set<String> IP_ADDRESS_TYPES = Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4");

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
        String scheme = text(parameters, at, "spec", "scheme");
        String group = text(parameters, at, "spec", "group", "name");
        String ipAddressType = text(parameters, at, "spec", "ipAddressType");
        if (scheme != null && !SCHEMES.contains(scheme)) {
            at.problem("spec.scheme", "must be one of [internet-facing, internal]");
        }
        if (ipAddressType != null && !IP_ADDRESS_TYPES.contains(ipAddressType)) {
            at.problem("spec.ipAddressType", "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]");
        }
        if (name != null) {
            into.addParameters(name, new IngressClassParametersSpec(scheme, group, ipAddressType));
        }
    }

    private static String text(GenericKubernetesResource resource, ObjectLog at, String... path) {
        Object value;
        try {
            value = resource.get((Object[]) path);
        } catch (RuntimeException e) {
            value = null; // an intermediate field that is not a mapping: reported below as a wrong type
        }
        if (value == null || value instanceof String) {
            return (String) value;
        }
        at.problem(String.join(".", path), "must be a string, not " + describe(value));
        return null;
    }
}
