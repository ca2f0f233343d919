package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;
import static io.eksplanner.common.NameRule.EKS_RESOURCE;
import static io.eksplanner.common.NameRule.LABEL_VALUE;
import static io.eksplanner.common.NameRule.QUALIFIED_KEY;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.WorkloadKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes workload whose pods the planner schedules. Public: {@code importing}, {@code importing.manifests},
 * {@code topology} and {@code topology.web} use it.
 */
@Schema(name = "WorkloadSpec")
public record WorkloadSpec(
        @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "my-nginx")
        String name,

        @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
        String namespace,

        WorkloadKind kind,
        @PositiveOrZero Integer replicas,
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @ValidName(LABEL_VALUE) String> labels,
        List<@NotNull @Valid ContainerPortSpec> ports,
        Placement placement,
        List<@NotNull @ValidName(EKS_RESOURCE) String> nodeGroups,
        Boolean hostNetwork,
        Boolean podSecurityGroup) {
    ClusterTopology.Workload toModel() {
        return new ClusterTopology.Workload(
                name,
                namespace,
                kind,
                replicas,
                labels,
                SpecValues.map(ports, ContainerPortSpec::toModel),
                placement,
                nodeGroups,
                hostNetwork,
                podSecurityGroup);
    }
}
