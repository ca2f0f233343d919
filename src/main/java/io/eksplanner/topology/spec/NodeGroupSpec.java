package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.EKS_RESOURCE;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A group of EC2 nodes of one instance type. Public: {@code importing.eksctl}, {@code topology} and {@code
 * topology.web} use it.
 */
@Schema(name = "NodeGroupSpec")
public record NodeGroupSpec(
        @NotNull
        @ValidName(EKS_RESOURCE)
        @Schema(
                description =
                        "the node group's name: letters, digits, - and _, starting with a letter or digit, at most 63; unique in the cluster",
                example = "ng-1")
        String name,

        @Pattern(regexp = "[a-z0-9-]+\\.[a-z0-9-]+", message = "must be an EC2 instance type such as m5.large")
        @Size(max = 64)
        @Schema(
                description =
                        "the EC2 instance type, family.size such as m5.large; one missing from the ENI limits catalogue is INSTANCE_TYPE_UNKNOWN",
                example = "m5.large")
        String instanceType,

        @Schema(
                description =
                        "the nodes at the desired scenario, 0 or more; min ≤ desired ≤ max is checked by validation (NODEGROUP_SIZE_ORDER)")
        @PositiveOrZero
        Integer desiredSize,

        @Schema(description = "the fewest nodes, 0 or more") @PositiveOrZero
        Integer minSize,

        @Schema(description = "the most nodes, 0 or more: the max scenario plans every group at its maxSize")
        @PositiveOrZero
        Integer maxSize,

        @Schema(description = "subnet names, in order") List<@NotNull @ValidName(EKS_RESOURCE) String> subnets,

        @Schema(
                description =
                        "true = an EKS managed node group, whose max pods EKS caps at 110 (≤ 30 vCPUs) or 250; false or null = self-managed, max pods from nodeadm")
        Boolean managed,

        @PositiveOrZero @Schema(description = "explicit kubelet max-pods")
        Integer maxPods,

        @Pattern(regexp = "[A-Za-z0-9]{1,64}", message = "must be an eksctl amiFamily such as AmazonLinux2023")
        @Schema(
                description = "eksctl's amiFamily (null: AmazonLinux2023). AmazonLinux2023 and AmazonLinux2 are"
                        + " modelled; any other family's max pods is planned as nodeadm's default and marked"
                        + " not modelled",
                example = "AmazonLinux2023")
        String amiFamily) {

    /** A group with the default AMI family (AmazonLinux2023). */
    public NodeGroupSpec(
            String name,
            String instanceType,
            Integer desiredSize,
            Integer minSize,
            Integer maxSize,
            List<String> subnets,
            Boolean managed,
            Integer maxPods) {
        this(name, instanceType, desiredSize, minSize, maxSize, subnets, managed, maxPods, null);
    }

    ClusterTopology.NodeGroup toModel() {
        return new ClusterTopology.NodeGroup(
                name, instanceType, desiredSize, minSize, maxSize, subnets, managed, maxPods, amiFamily);
    }
}
