package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Amazon VPC CNI settings; null means the CNI's default. Public: {@code importing.eksctl} and {@code topology} use it.
 */
public record CniSpec(
        Boolean prefixDelegation,
        @PositiveOrZero Integer warmEniTarget,
        @PositiveOrZero Integer warmIpTarget,
        @PositiveOrZero Integer minimumIpTarget,
        @PositiveOrZero Integer warmPrefixTarget,
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
