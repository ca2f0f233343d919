package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Amazon VPC CNI settings; null means the CNI's default. Public: {@code importing.eksctl} and {@code topology} use it.
 */
@Schema(name = "CniSpec")
public record CniSpec(
        Boolean prefixDelegation,
        // Bounds far above what any instance type can hold (24 ENIs, 50 addresses each, 16 per prefix), so that the
        // warm-pool arithmetic never overflows; the CNI itself reads any integer.
        @PositiveOrZero @Max(1_000) Integer warmEniTarget,
        @PositiveOrZero @Max(100_000) Integer warmIpTarget,
        @PositiveOrZero @Max(100_000) Integer minimumIpTarget,
        @PositiveOrZero @Max(10_000) Integer warmPrefixTarget,
        Boolean customNetworking,
        Boolean podSecurityGroups,
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
