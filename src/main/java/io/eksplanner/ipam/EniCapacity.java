package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.MaxPods;

/**
 * What a node's ENIs can hold for pods under the CNI settings (src/docs/reference/vpc-cni.md §3): the slots of an ENI (secondary IPs,
 * or /28 prefixes with prefix delegation), and how many ENIs may hold pod addresses once custom networking (the
 * primary ENI holds none) and the trunk ENI of security groups for pods are taken off.
 */
record EniCapacity(int slotsPerEni, int podEnis, boolean prefixes, boolean trunk) {

    /** The capacity of {@code type} under {@code cni}. */
    static EniCapacity of(InstanceType type, EffectiveCni cni) {
        boolean trunk = cni.podSecurityGroups() && NodeLauncher.trunkCapable(type);
        int podEnis = Math.max(0, type.maxEnis() - (cni.customNetworking() ? 1 : 0) - (trunk ? 1 : 0));
        boolean prefixes = cni.prefixDelegation() && MaxPods.prefixDelegationSupported(type);
        return new EniCapacity(type.ipv4PerEni() - 1, podEnis, prefixes, trunk);
    }

    /** The pod addresses one slot gives: 16 for a /28 prefix, 1 for a secondary IP. */
    int addressesPerSlot() {
        return prefixes ? MaxPods.IPS_PER_PREFIX : 1;
    }
}
