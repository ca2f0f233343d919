package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.MaxPods;

/**
 * What a node's ENIs can hold for pods under the CNI settings (src/docs/reference/vpc-cni.md §3): the slots of an
 * ENI (secondary IPs, or /28 prefixes with prefix delegation), and how many ENIs may hold pod addresses once the
 * primary ENI (custom networking, or a node subnet tagged {@code kubernetes.io/role/cni=0}) and the trunk ENI of
 * security groups for pods are taken off.
 *
 * @param primaryHoldsPods whether the primary ENI is one of the {@code podEnis}
 */
record EniCapacity(int slotsPerEni, int podEnis, boolean prefixes, boolean trunk, boolean primaryHoldsPods) {

    /** A capacity whose primary ENI holds pod addresses. */
    EniCapacity(int slotsPerEni, int podEnis, boolean prefixes, boolean trunk) {
        this(slotsPerEni, podEnis, prefixes, trunk, true);
    }

    /** The capacity of {@code type} under {@code cni}, for a node whose primary ENI is not excluded. */
    static EniCapacity of(InstanceType type, EffectiveCni cni) {
        return of(type, cni, false);
    }

    /**
     * The capacity of {@code type} under {@code cni}; {@code primaryExcluded} when the node's subnet is tagged
     * {@code kubernetes.io/role/cni=0} under subnet discovery, which ipamd's {@code setupENI} →
     * {@code excludedENIBasedOnSubnetTags} applies to the primary ENI too (amazon-vpc-cni-k8s v1.23.1, b5218838).
     */
    static EniCapacity of(InstanceType type, EffectiveCni cni, boolean primaryExcluded) {
        boolean trunk = cni.podSecurityGroups() && NodeLauncher.trunkCapable(type);
        boolean primaryHoldsPods = !cni.customNetworking() && !primaryExcluded;
        int podEnis = Math.max(0, type.maxEnis() - (primaryHoldsPods ? 0 : 1) - (trunk ? 1 : 0));
        boolean prefixes = cni.prefixDelegation() && MaxPods.prefixDelegationSupported(type);
        return new EniCapacity(type.ipv4PerEni() - 1, podEnis, prefixes, trunk, primaryHoldsPods);
    }

    /** The pod addresses one slot gives: 16 for a /28 prefix, 1 for a secondary IP. */
    int addressesPerSlot() {
        return prefixes ? MaxPods.IPS_PER_PREFIX : 1;
    }
}
