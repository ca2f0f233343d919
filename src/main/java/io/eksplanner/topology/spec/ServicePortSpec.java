package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.PORT_NAME;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Protocol;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A port of a Kubernetes Service. Public: {@code importing.manifests} and {@code topology} use it. */
@Schema(name = "ServicePortSpec")
public record ServicePortSpec(
        @Schema(description = "the port's name, an IANA service name; required when the Service has several ports")
        @ValidName(PORT_NAME)
        String name,

        @Schema(description = "the port the Service and its load balancer listen on, 1–65535; required")
        @NotNull
        @Min(1)
        @Max(65535)
        Integer port,

        @ValidPortReference @Schema(description = "a number or a container port name", example = "80")
        PortReference targetPort,

        @Min(30000) @Max(32767) @Schema(description = "null = allocated")
        Integer nodePort,

        @Schema(description = "TCP (null = TCP), UDP or SCTP")
        Protocol protocol) {
    ClusterTopology.ServicePort toModel() {
        return new ClusterTopology.ServicePort(name, port, SpecValues.port(targetPort), nodePort, protocol);
    }
}
