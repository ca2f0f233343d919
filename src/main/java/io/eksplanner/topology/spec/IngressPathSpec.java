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

        @Schema(
                description =
                        "the backend Service in the Ingress's namespace, a DNS-1035 label; a missing one is INGRESS_BACKEND_MISSING")
        @NotNull
        @ValidName(DNS1035_LABEL)
        String serviceName,

        @Schema(description = "the backend Service's port: a number 1–65535 or the port's name")
        @NotNull
        @ValidPortReference
        PortReference servicePort) {
    ClusterTopology.IngressPath toModel() {
        return new ClusterTopology.IngressPath(path, pathType, serviceName, SpecValues.port(servicePort));
    }
}
