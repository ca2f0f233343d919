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
     * ipamd's EC2 calls for one node's pod ENIs, answered by the plan's subnets (src/docs/reference/vpc-cni.md §4.5).
     * Pod ENIs are numbered from 0 in attach order: the primary ENI first where it holds pods.
     */
    interface Cidrs {

        /**
         * {@code tryAssignIPs}/{@code tryAssignPrefixes} on attached pod ENI {@code eni}: up to {@code count} slots,
         * one at a time while its subnet has them (ipamd falls back to asking for one); returns how many it got.
         */
        int assign(int eni, int count);

        /**
         * {@code tryAllocateENI}: a new pod ENI with exactly {@code count} slots, or none, since EC2's {@code
         * CreateNetworkInterface} makes it whole or refuses it and ipamd does not ask for fewer.
         */
        boolean allocateEni(int count);
    }

    /** EC2 with room for everything: the steady state the settings alone give. */
    private static final Cidrs UNLIMITED = new Cidrs() {
        @Override
        public int assign(int eni, int count) {
            return count;
        }

        @Override
        public boolean allocateEni(int count) {
            return true;
        }
    };

    /** The steady state of a node with {@code pods} pods that need an address. */
    static WarmTargets of(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods) {
        return replay(cni, capacity, maxPods, pods, UNLIMITED);
    }

    /**
     * The steady state when EC2 answers as {@code cidrs} does. An attached ENI whose subnet has nothing left stops the
     * pool's growth, unless subnet discovery is on: then {@code tryAssignIPs}/{@code tryAssignPrefixes} go on to the
     * next ENI with room and, when none gave anything, {@code increaseDatastorePool} attaches a new ENI, which may go
     * to another subnet (amazon-vpc-cni-k8s v1.23.1, b5218838, {@code pkg/ipamd/ipamd.go}: {@code
     * containsInsufficientCIDRsOrSubnetIPs} → {@code continue} only with {@code useSubnetDiscovery}).
     */
    static WarmTargets replay(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods, Cidrs cidrs) {
        int perEni = capacity.slotsPerEni();
        if (capacity.podEnis() <= 0 || perEni <= 0) {
            return new WarmTargets(0, 0);
        }
        var pool = new Pool(cni, capacity, maxPods, pods, cidrs);
        while (pool.tooLow() && pool.grow()) {
            // one ipamd pool-monitor step a turn
        }
        return new WarmTargets(pool.slots, ceil(pool.slots, perEni));
    }

    /** The node's pool as ipamd sees it: slots held, ENIs attached, and the addresses its pods take. */
    private static final class Pool {
        private final EffectiveCni cni;
        private final EniCapacity capacity;
        private final int maxPods;
        private final int pods;
        private final Cidrs cidrs;
        private final int[] held;
        private int slots;
        private int attached;

        Pool(EffectiveCni cni, EniCapacity capacity, int maxPods, int pods, Cidrs cidrs) {
            this.cni = cni;
            this.capacity = capacity;
            this.maxPods = maxPods;
            this.pods = pods;
            this.cidrs = cidrs;
            this.held = new int[capacity.podEnis()];
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

        /**
         * {@code increaseDatastorePool}: fill the lowest attached ENI with room, else attach one; false when nothing
         * grew.
         */
        boolean grow() {
            int perEni = capacity.slotsPerEni();
            int wanted = Math.min(wanted(), perEni);
            if (wanted <= 0) {
                return false;
            }
            for (int eni = 0; eni < attached; eni++) {
                if (held[eni] < perEni) {
                    int got = cidrs.assign(eni, Math.min(perEni - held[eni], wanted));
                    if (got > 0) {
                        held[eni] += got;
                        slots += got;
                        return true;
                    }
                    if (!cni.subnetDiscovery()) {
                        return false;
                    }
                }
            }
            if (attached >= capacity.podEnis() || !cidrs.allocateEni(wanted)) {
                return false;
            }
            held[attached++] = wanted;
            slots += wanted;
            return true;
        }
    }

    /** ⌈value / divisor⌉, and 0 for a divisor that is not positive. */
    static int ceil(int value, int divisor) {
        return divisor <= 0 ? 0 : (value + divisor - 1) / divisor;
    }
}
