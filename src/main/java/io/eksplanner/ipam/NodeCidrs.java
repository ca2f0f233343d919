package io.eksplanner.ipam;

import java.util.ArrayList;
import java.util.List;

/**
 * ipamd's EC2 calls for one node, answered by the plan's subnets (src/docs/reference/vpc-cni.md §4.4, §4.5): slots
 * added to an attached pod ENI one at a time while its subnet has them, and new pod ENIs made whole, with their
 * address and every slot they are created with, in the first subnet ipamd may use that holds them. Addresses are
 * taken lowest free first, as the plan takes them.
 */
final class NodeCidrs implements WarmTargets.Cidrs {

    private final PlannedNode node;
    private final EniSubnets subnets;
    private final SubnetSpace podSpace;
    private final EniCapacity capacity;
    private final List<EniBuilder> enis;
    private final List<EniBuilder> podEnis = new ArrayList<>();
    private String shortage;

    /**
     * The calls for {@code node}, whose ENIs so far are {@code enis} (its primary ENI); with custom networking every
     * new ENI goes to {@code podSpace}, else {@code podSpace} is null and {@code subnets} chooses.
     */
    NodeCidrs(PlannedNode node, EniSubnets subnets, SubnetSpace podSpace, EniCapacity capacity, List<EniBuilder> enis) {
        this.node = node;
        this.subnets = subnets;
        this.podSpace = podSpace;
        this.capacity = capacity;
        this.enis = enis;
        if (capacity.primaryHoldsPods()) {
            podEnis.add(enis.get(0));
        }
    }

    /** Why the node's pool stopped short for want of addresses, or null when it did not. */
    String shortage() {
        return shortage;
    }

    @Override
    public int assign(int eni, int count) {
        var builder = podEnis.get(eni);
        int taken = take(builder, count);
        if (taken < count) {
            shortage = builder.space.noAddressReason(capacity.prefixes());
        }
        return taken;
    }

    @Override
    public boolean allocateEni(int count) {
        var candidates = podSpace != null ? List.of(podSpace) : subnets.forNewEni(node);
        if (candidates.isEmpty()) {
            shortage = subnets.noSubnetReason(node);
            return false;
        }
        var space = firstFitting(candidates, count);
        if (space == null) {
            shortage = candidates.get(0).noAddressReason(capacity.prefixes());
            return false;
        }
        long address = space.take();
        space.eniPrimaryIps++;
        if (space == node.space) {
            node.ownSubnetIps++;
        }
        var eni = new EniBuilder(enis.size(), EniKind.SECONDARY, space, address);
        enis.add(eni);
        podEnis.add(eni);
        take(eni, count);
        shortage = null;
        return true;
    }

    /** The first subnet, in ipamd's order, that a new ENI created with {@code slots} fits in; null when none. */
    private SubnetSpace firstFitting(List<SubnetSpace> candidates, int slots) {
        for (SubnetSpace candidate : candidates) {
            if (candidate.fitsNewEni(slots, capacity.prefixes())) {
                return candidate;
            }
        }
        return null;
    }

    /** Takes up to {@code count} secondary IPs or prefixes for the ENI from its subnet; returns how many. */
    private int take(EniBuilder eni, int count) {
        boolean prefixes = capacity.prefixes();
        for (int slot = 0; slot < count; slot++) {
            long address = prefixes ? eni.space.takePrefix() : eni.space.take();
            if (address < 0) {
                return slot;
            }
            eni.slots(prefixes).add(address);
            if (eni.space == node.space) {
                node.ownSubnetIps += capacity.addressesPerSlot();
            }
        }
        return count;
    }
}
