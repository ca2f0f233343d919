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
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description =
                        "the workload's name, a DNS-1123 subdomain; pods are named <name>-<n>; unique with namespace",
                example = "my-nginx")
        String name,

        @NotNull
        @ValidName(DNS1123_LABEL)
        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "default")
        String namespace,

        @Schema(
                description =
                        "Deployment (null = Deployment), StatefulSet, or DaemonSet: one pod per eligible node, replicas ignored")
        WorkloadKind kind,

        @Schema(description = "how many pods, 0 or more; ignored for a DaemonSet; null = 1 as in Kubernetes")
        @PositiveOrZero
        Integer replicas,

        @Schema(
                description =
                        "the pod labels that Service selectors match; keys are qualified names, values label values")
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @ValidName(LABEL_VALUE) String> labels,

        @Schema(description = "the container ports, which a Service's targetPort may name")
        List<@NotNull @Valid ContainerPortSpec> ports,

        @Schema(
                description =
                        "SPREAD (null = SPREAD): each pod to the AZ, then the node, with the fewest of this workload's pods; PACK: fill eligible nodes in IP order")
        Placement placement,

        @Schema(description = "node group names the pods may run on; null or empty = every node group")
        List<@NotNull @ValidName(EKS_RESOURCE) String> nodeGroups,

        @Schema(description = "true = the pods use their node's IP and take a pod slot but no pod IP; null = false")
        Boolean hostNetwork,

        @Schema(
                description =
                        "true = the pods use branch ENIs, one address each, when the cluster's cni has podSecurityGroups; null = false")
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
