package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.PORT_NAME;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Protocol;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A container port a workload exposes. Public: {@code importing.manifests} and {@code topology} use it. */
@Schema(name = "ContainerPortSpec")
public record ContainerPortSpec(
        @Schema(
                description =
                        "the port's name, an IANA service name (at most 15 characters, lower case letters, digits and -), which a Service's targetPort may name")
        @ValidName(PORT_NAME)
        String name,

        @Schema(description = "the port the container listens on, 1–65535; required") @NotNull @Min(1) @Max(65535)
        Integer containerPort,

        @Schema(description = "TCP (null = TCP), UDP or SCTP")
        Protocol protocol) {
    ClusterTopology.ContainerPort toModel() {
        return new ClusterTopology.ContainerPort(name, containerPort, protocol);
    }
}
