package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Cni;

/**
 * The CNI settings a plan uses: the user's where given, else the defaults of the CNI's manifest
 * (src/docs/reference/vpc-cni.md §4.2): WARM_ENI_TARGET 1, WARM_PREFIX_TARGET 1, subnet discovery on, everything else
 * off. A positive warmIpTarget or minimumIpTarget switches to the warm-IP mode, which overrides the ENI and prefix
 * targets. Public: the web layer returns it as the plan's effective CNI settings.
 */
public record EffectiveCni(
        boolean prefixDelegation,
        int warmEniTarget,
        int warmIpTarget,
        int minimumIpTarget,
        int warmPrefixTarget,
        boolean customNetworking,
        boolean podSecurityGroups,
        boolean subnetDiscovery) {

    /** The effective settings of the given (possibly partial) ones. */
    public static EffectiveCni of(Cni cni) {
        return new EffectiveCni(
                isTrue(cni.prefixDelegation()),
                valueOr(cni.warmEniTarget(), 1),
                valueOr(cni.warmIpTarget(), 0),
                valueOr(cni.minimumIpTarget(), 0),
                valueOr(cni.warmPrefixTarget(), 1),
                isTrue(cni.customNetworking()),
                isTrue(cni.podSecurityGroups()),
                cni.subnetDiscovery() == null || cni.subnetDiscovery());
    }

    /** Whether WARM_IP_TARGET or MINIMUM_IP_TARGET is set, which overrides the ENI and prefix targets. */
    public boolean warmIpMode() {
        return warmIpTarget > 0 || minimumIpTarget > 0;
    }

    private static boolean isTrue(Boolean value) {
        return value != null && value;
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
