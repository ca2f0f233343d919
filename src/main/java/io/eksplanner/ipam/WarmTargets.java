package io.eksplanner.ipam;

import io.eksplanner.catalog.MaxPods;

/**
 * The CNI's steady state on one node (src/docs/reference/vpc-cni.md §4.3, §6 rule 7, Corrections 1–3): how many slots
 * (secondary IPs, or /28 prefixes with prefix delegation) the node holds for its pods plus the warm pool, and on how
 * many ENIs. A pure function of the CNI settings, the node's ENI capacity, its max pods and the pods that need an
 * address.
 *
 * <p>It replays ipamd's pool loop (amazon-vpc-cni-k8s v1.23.1, commit b5218838, {@code pkg/ipamd/ipamd.go}) until the
 * pool is no longer too low: {@code isDatastorePoolTooLow} (max pods checked before each step; WARM_ENI_TARGET or
 * WARM_PREFIX_TARGET 0 still too low while no address is free), {@code datastoreTargetState} (short =
 * max(WARM_IP_TARGET − available, MINIMUM_IP_TARGET − total), so MINIMUM_IP_TARGET alone is the whole target),
 * {@code getPrefixesNeeded} (at least 1 prefix a step), {@code increaseDatastorePool} (fill an attached ENI first,
 * {@code tryAssignIPs}/{@code tryAssignPrefixes}, else {@code tryAllocateENI} with {@code GetENIResourcesToAllocate}).
 * ipamd walks the ENIs in Go map order, so with several part-filled ENIs (WARM_PREFIX_TARGET ≥ 2) which ENI takes a
 * step is random upstream; the plan fills the lowest ENI first, so that it stays deterministic and the totals are
 * ipamd's.
 *
 * @param slots the secondary IPs or prefixes the node holds, its pods' and the warm ones
 * @param enis the ENIs they take
 */
record WarmTargets(int slots, int enis) {

    /**
     * The steady state, and the slots each ENI ipamd attaches for pods was created with, in attach order (the primary
     * ENI is there from the start, so it is never one of them).
     *
     * <p>ipamd asks EC2 for a new ENI's slots in the same call that creates it: {@code tryAllocateENI} passes {@code
     * GetENIResourcesToAllocate} to {@code AllocENI} → {@code createENI}, whose {@code CreateNetworkInterface} carries
     * {@code SecondaryPrivateIpAddressCount} or {@code Ipv4PrefixCount} (amazon-vpc-cni-k8s v1.23.1, b5218838, {@code
     * pkg/ipamd/ipamd.go}, {@code pkg/awsutils/awsutils.go}). EC2 makes the ENI with all of them or fails, and unlike
     * {@code tryAssignIPs}/{@code tryAssignPrefixes} on an attached ENI, ipamd does not retry with one; so a subnet
     * needs the ENI's primary address and all of {@code createdWith} free for the ENI to exist at all.
     */
    record Growth(WarmTargets targets, IntList createdWith) {}

    /** The steady state of a node with {@code pods} pods that need an address. */
    static WarmTargets of(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        return grow(cni, capacity, maxPods, pods).targets();
    }

    /** {@link #of}, with the slots each new ENI was created with. */
    static Growth grow(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        int perEni = capacity.slotsPerEni();
        if (capacity.podEnis() <= 0 || perEni <= 0) {
            return new Growth(new WarmTargets(0, 0), new IntList());
        }
        var pool = new Pool(cni, capacity, maxPods, pods);
        while (pool.tooLow() && pool.grow()) {
            // one ipamd pool-monitor step a turn
        }
        return new Growth(new WarmTargets(pool.slots, ceil(pool.slots, perEni)), pool.createdWith);
    }

    /** The node's pool as ipamd sees it: slots held, ENIs attached, and the addresses its pods take. */
    private static final class Pool {
        private final EffectiveCni cni;
        private final EniCapacity capacity;
        private final int maxPods;
        private final int pods;
        private final IntList createdWith = new IntList();
        private int slots;
        private int attached;

        Pool(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
            this.cni = cni;
            this.capacity = capacity;
            this.maxPods = maxPods;
            this.pods = pods;
            // The primary ENI is attached from the start, a pod ENI unless custom networking or cni=0 excludes it.
            this.attached = capacity.primaryHoldsPods() ? 1 : 0;
        }

        int total() {
            return slots * capacity.addressesPerSlot();
        }

        int available() {
            return total() - Math.min(pods, total());
        }

        /** {@code datastoreTargetState}'s short, in addresses (0 when no warm-IP target is set). */
        int shortIps() {
            return Math.max(Math.max(cni.warmIpTarget() - available(), 0), cni.minimumIpTarget() - total());
        }

        /** {@code isDatastorePoolTooLow}. */
        boolean tooLow() {
            if (total() >= maxPods) {
                return false;
            }
            if (cni.warmIpMode()) {
                return shortIps() > 0;
            }
            int warm = capacity.prefixes() ? cni.warmPrefixTarget() : cni.warmEniTarget();
            int unit = capacity.prefixes() ? MaxPods.IPS_PER_PREFIX : capacity.slotsPerEni();
            return available() < unit * warm || (warm == 0 && available() == 0);
        }

        /** The slots one step asks for: {@code getPrefixesNeeded}, or {@code tryAssignIPs}' amount. */
        int wanted() {
            if (capacity.prefixes()) {
                if (cni.warmIpMode()) {
                    return Math.max(1, ceil(shortIps(), MaxPods.IPS_PER_PREFIX));
                }
                int free = slots - ceil(Math.min(pods, total()), MaxPods.IPS_PER_PREFIX);
                return cni.warmPrefixTarget() > 0 ? Math.max(1, cni.warmPrefixTarget() - free) : 1;
            }
            return cni.warmIpMode() ? shortIps() : capacity.slotsPerEni();
        }

        /** {@code increaseDatastorePool}: fill the attached ENI with room, else attach one; false when nothing grew. */
        boolean grow() {
            int perEni = capacity.slotsPerEni();
            int wanted = Math.min(wanted(), perEni);
            if (wanted <= 0) {
                return false;
            }
            int room = attached * perEni - slots;
            if (room > 0) {
                slots += Math.min(room, wanted);
                return true;
            }
            if (attached >= capacity.podEnis()) {
                return false;
            }
            attached++;
            slots += wanted;
            createdWith.add(wanted);
            return true;
        }
    }

    /** ⌈value / divisor⌉, and 0 for a divisor that is not positive. */
    static int ceil(int value, int divisor) {
        return divisor <= 0 ? 0 : (value + divisor - 1) / divisor;
    }
}
