package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Amazon VPC CNI settings; null means the CNI's default. Public: {@code importing.eksctl} and {@code topology} use it.
 */
@Schema(name = "CniSpec", description = "Amazon VPC CNI settings; null for a field means the CNI default")
public record CniSpec(
        @Schema(
                description =
                        "ENABLE_PREFIX_DELEGATION: pods get addresses from /28 prefixes (16 each) on Nitro types; null = false")
        Boolean prefixDelegation,
        // Bounds far above what any instance type can hold (24 ENIs, 50 addresses each, 16 per prefix), so that the
        // warm-pool arithmetic never overflows; the CNI itself reads any integer.
        @Schema(
                description = "WARM_ENI_TARGET, 0–1,000: whole free ENIs kept beside those in use; null = 1 (ignored"
                        + " when warmIpTarget or minimumIpTarget is set)")
        @PositiveOrZero
        @Max(1_000)
        Integer warmEniTarget,

        @Schema(description = "WARM_IP_TARGET, 0–100,000: free addresses kept per node; null = unset")
        @PositiveOrZero
        @Max(100_000)
        Integer warmIpTarget,

        @Schema(description = "MINIMUM_IP_TARGET, 0–100,000: addresses a node holds at least; null = unset")
        @PositiveOrZero
        @Max(100_000)
        Integer minimumIpTarget,

        @Schema(
                description =
                        "WARM_PREFIX_TARGET with prefix delegation, 0–10,000: free /28 prefixes kept per node; null = 1")
        @PositiveOrZero
        @Max(10_000)
        Integer warmPrefixTarget,

        @Schema(
                description =
                        "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: pod ENIs in the podSubnet of the node's AZ, the primary ENI holds no pods; null = false")
        Boolean customNetworking,

        @Schema(
                description =
                        "ENABLE_POD_ENI (security groups for pods): a trunk ENI per node and a branch ENI per podSecurityGroup pod; null = false")
        Boolean podSecurityGroups,

        @Schema(
                description =
                        "ENABLE_SUBNET_DISCOVERY: a new ENI may go to a same-AZ subnet tagged kubernetes.io/role/cni with more free addresses; null = true")
        Boolean subnetDiscovery) {
    ClusterTopology.Cni toModel() {
        return new ClusterTopology.Cni(
                prefixDelegation,
                warmEniTarget,
                warmIpTarget,
                minimumIpTarget,
                warmPrefixTarget,
                customNetworking,
                podSecurityGroups,
                subnetDiscovery);
    }
}
