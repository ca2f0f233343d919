package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1035_LABEL;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The Service port that gets requests no rule matches. Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "IngressBackendSpec")
public record IngressBackendSpec(
        @NotNull @ValidName(DNS1035_LABEL) String serviceName,
        @NotNull @ValidPortReference PortReference servicePort) {
    ClusterTopology.IngressBackend toModel() {
        return new ClusterTopology.IngressBackend(serviceName, SpecValues.port(servicePort));
    }
}
