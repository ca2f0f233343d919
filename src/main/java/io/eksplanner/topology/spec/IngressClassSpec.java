package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A Kubernetes IngressClass and the IngressClassParams fields that matter to routing. Public: {@code importing}, {@code
 * importing.manifests}, {@code topology} and {@code topology.web} use it.
 */
@Schema(name = "IngressClassSpec")
public record IngressClassSpec(
        @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "alb")
        String name,

        @Size(max = 253) @Schema(example = "ingress.k8s.aws/alb")
        String controller,

        Boolean isDefault,
        @Valid IngressClassParametersSpec parameters) {
    ClusterTopology.IngressClass toModel() {
        return new ClusterTopology.IngressClass(
                name, controller, isDefault, parameters == null ? null : parameters.toModel());
    }
}
