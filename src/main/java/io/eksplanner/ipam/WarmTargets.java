package io.eksplanner.ipam;

import io.eksplanner.catalog.MaxPods;

/**
 * The CNI's steady state on one node (src/docs/reference/vpc-cni.md §4.3, §6 rule 7): how many slots (secondary IPs, or /28 prefixes
 * with prefix delegation) the node holds for its pods plus the warm pool, and on how many ENIs. A pure function of
 * the CNI settings, the node's ENI capacity, its max pods and the pods that need an address.
 *
 * @param slots the secondary IPs or prefixes the node holds, its pods' and the warm ones
 * @param enis the ENIs they take
 */
record WarmTargets(int slots, int enis) {

    /** The steady state of a node with {@code pods} pods that need an address. */
    static WarmTargets of(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        if (capacity.prefixes()) {
            return withPrefixes(cni, capacity, maxPods, pods);
        }
        return cni.warmIpMode()
                ? withWarmIps(cni, capacity, maxPods, pods)
                : withWarmEnis(cni, capacity, maxPods, pods);
    }

    /**
     * Prefix delegation: the pods' prefixes and WARM_PREFIX_TARGET more, or in the warm-IP mode the prefixes that hold
     * the pods and WARM_IP_TARGET (at least MINIMUM_IP_TARGET); never more than max pods needs, nor the ENIs hold.
     */
    private static WarmTargets withPrefixes(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        int perPrefix = MaxPods.IPS_PER_PREFIX;
        int wanted = cni.warmIpMode()
                ? ceil(Math.max(pods + cni.warmIpTarget(), cni.minimumIpTarget()), perPrefix)
                : ceil(pods, perPrefix) + cni.warmPrefixTarget();
        int growthStop = Math.max(ceil(pods, perPrefix), ceil(maxPods, perPrefix));
        int slots = Math.min(Math.min(wanted, growthStop), capacity.podEnis() * capacity.slotsPerEni());
        return new WarmTargets(slots, ceil(slots, capacity.slotsPerEni()));
    }

    /** WARM_IP_TARGET and MINIMUM_IP_TARGET: the pods' IPs and the warm ones, within max pods and the ENIs. */
    private static WarmTargets withWarmIps(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        int wanted = Math.max(pods + cni.warmIpTarget(), cni.minimumIpTarget());
        int slots = Math.min(Math.min(wanted, Math.max(maxPods, pods)), capacity.podEnis() * capacity.slotsPerEni());
        return new WarmTargets(slots, ceil(slots, capacity.slotsPerEni()));
    }

    /** WARM_ENI_TARGET: the ENIs the pods fill and that many more, each full, within max pods and the ENIs. */
    private static WarmTargets withWarmEnis(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        int perEni = capacity.slotsPerEni();
        int enis =
                Math.min(capacity.podEnis(), Math.min(ceil(pods, perEni) + cni.warmEniTarget(), ceil(maxPods, perEni)));
        return new WarmTargets(enis * perEni, enis);
    }

    /** ⌈value / divisor⌉, and 0 for a divisor that is not positive. */
    static int ceil(int value, int divisor) {
        return divisor <= 0 ? 0 : (value + divisor - 1) / divisor;
    }
}
