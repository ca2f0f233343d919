package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A Kubernetes IngressClass and the IngressClassParams fields that matter to routing: {@code parameters} describe
 * the IngressClassParams {@code parametersRef} names (one of the class's own name when only {@code parameters} are
 * given); a reference without {@code parameters} names an object that does not exist. Public: {@code importing}, {@code
 * importing.manifests}, {@code topology} and {@code topology.web} use it.
 */
@Schema(name = "IngressClassSpec")
public record IngressClassSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the class's name, a DNS-1123 subdomain, which Ingresses name in ingressClassName",
                example = "alb")
        String name,

        @Size(max = 253)
        @Schema(
                description =
                        "the controller that serves the class; ingress.k8s.aws/alb is the AWS Load Balancer Controller; at most 253 characters",
                example = "ingress.k8s.aws/alb")
        String controller,

        @Schema(
                description =
                        "true = Ingresses without a class get this one (the ingressclass.kubernetes.io/is-default-class annotation); null = false")
        Boolean isDefault,

        @Valid
        @Schema(
                description = "the IngressClassParams the class names, as described here; null with a"
                        + " parametersRef when the named object does not exist")
        IngressClassParametersSpec parameters,

        @Valid IngressClassParametersRefSpec parametersRef) {

    /** A class whose parameters, if any, are an IngressClassParams of its own name. */
    public IngressClassSpec(String name, String controller, Boolean isDefault, IngressClassParametersSpec parameters) {
        this(name, controller, isDefault, parameters, null);
    }

    ClusterTopology.IngressClass toModel() {
        return new ClusterTopology.IngressClass(
                name,
                controller,
                isDefault,
                parameters == null ? null : parameters.toModel(),
                parametersRef == null ? null : parametersRef.toModel());
    }
}
