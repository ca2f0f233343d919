package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1035_LABEL;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The Service port that gets requests no rule matches. Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "IngressBackendSpec", description = "A backend Service of an Ingress path or default backend")
public record IngressBackendSpec(
        @Schema(description = SERVICE_NAME) @NotNull @ValidName(DNS1035_LABEL)
        String serviceName,

        @Schema(description = SERVICE_PORT) @NotNull @ValidPortReference
        PortReference servicePort) {

    /** What the backend's Service name is, for every Ingress backend. */
    static final String SERVICE_NAME =
            "the backend Service in the Ingress's namespace, a DNS-1035 label; a missing one is"
                    + " INGRESS_BACKEND_MISSING";

    /** What the backend's Service port is, for every Ingress backend. */
    static final String SERVICE_PORT = "the backend Service's port: a number 1–65535 or the port's name";

    ClusterTopology.IngressBackend toModel() {
        return new ClusterTopology.IngressBackend(serviceName, SpecValues.port(servicePort));
    }
}
