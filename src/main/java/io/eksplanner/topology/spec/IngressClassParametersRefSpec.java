package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.ParametersReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An IngressClass's {@code spec.parameters}: the object that holds its settings, by API group, kind and name. For the
 * AWS Load Balancer Controller that is an {@code elbv2.k8s.aws} IngressClassParams, described by the class's
 * {@code parameters}; a reference without them names an object the cluster does not have
 * (src/docs/domain-rules.md §4). Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(
        name = "IngressClassParametersRefSpec",
        description = "the IngressClass's spec.parameters; without the class's parameters it names an object the"
                + " cluster does not have")
public record IngressClassParametersRefSpec(
        @Size(max = 253) @Schema(description = "null is the core API group", example = "elbv2.k8s.aws")
        String apiGroup,

        @NotBlank
        @Size(max = 63)
        @Schema(
                description = "the object's kind, at most 63 characters; the controller reads IngressClassParams",
                example = "IngressClassParams")
        String kind,

        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the object's name, a DNS-1123 subdomain; the class's parameters describe it",
                example = "alb-internal")
        String name) {

    ParametersReference toModel() {
        return new ParametersReference(apiGroup, kind, name);
    }
}
