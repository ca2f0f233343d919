package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1035_LABEL;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.PathType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An Ingress path and the Service port it routes to. Public: {@code importing.manifests} and {@code topology} use it.
 */
public record IngressPathSpec(
        @Pattern(regexp = "/.*", message = "must start with '/'")
        String path,

        PathType pathType,
        @NotNull @ValidName(DNS1035_LABEL) String serviceName,
        @NotNull @ValidPortReference PortReference servicePort) {
    ClusterTopology.IngressPath toModel() {
        return new ClusterTopology.IngressPath(path, pathType, serviceName, SpecValues.port(servicePort));
    }
}
