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
        @ValidName(PORT_NAME) String name,
        @NotNull @Min(1) @Max(65535) Integer containerPort,
        Protocol protocol) {
    ClusterTopology.ContainerPort toModel() {
        return new ClusterTopology.ContainerPort(name, containerPort, protocol);
    }
}
