package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1035_LABEL;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.PathType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An Ingress path and the Service port it routes to. Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "IngressPathSpec")
public record IngressPathSpec(
        // "^/.*", not "/.*": a pattern that starts with / reads as Perl's /pattern/modifiers to openapi-generator.
        @Pattern(regexp = "^/.*", message = "must start with '/'")
        @Schema(description = "the URL path to match; starts with /", example = "/")
        String path,

        @Schema(
                description =
                        "Prefix, Exact or ImplementationSpecific, as in Kubernetes; null = ImplementationSpecific")
        PathType pathType,

        @Schema(description = IngressBackendSpec.SERVICE_NAME) @NotNull @ValidName(DNS1035_LABEL)
        String serviceName,

        @Schema(description = IngressBackendSpec.SERVICE_PORT) @NotNull @ValidPortReference
        PortReference servicePort) {
    ClusterTopology.IngressPath toModel() {
        return new ClusterTopology.IngressPath(path, pathType, serviceName, SpecValues.port(servicePort));
    }
}
