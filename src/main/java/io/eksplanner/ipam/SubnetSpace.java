package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.BitSet;

/**
 * The addresses of one subnet as a bitmap: the 5 AWS reserves are taken from the start, addresses are handed out
 * lowest free first, and /28 prefixes only on 16-address boundaries with all 16 free (src/docs/reference/vpc-cni.md
 * §3.5, §5).
 */
final class SubnetSpace {

    static final int RESERVED = 5;
    private static final int PREFIX = 16;

    final int index;
    final Subnet subnet;
    private final int base;
    private final int size;
    // The offsets below limit can be handed out; the last address is the broadcast address AWS reserves.
    private final int limit;
    private final BitSet used;
    private int cursor;
    private int prefixCursor;
    private int taken;

    long nodeIps;
    long eniPrimaryIps;
    long podIps;
    long warmIps;
    boolean exhausted;
    boolean fragmented;

    SubnetSpace(int index, Subnet subnet) {
        this.index = index;
        this.subnet = subnet;
        var cidr = subnet.cidr().normalized();
        this.base = cidr.network();
        this.size = (int) Math.min(cidr.size(), Integer.MAX_VALUE);
        this.limit = Math.max(0, size - 1);
        // Grown as addresses are taken, never sized by the prefix: a /8 (or a /0) costs what its nodes use, not
        // a bit for each of its millions of addresses. Taken: the network address, the VPC router, DNS and one for
        // future use; the last (broadcast) address lies at limit, past every offset handed out.
        this.used = new BitSet();
        used.set(0, Math.min(4, size));
        this.cursor = Math.min(4, size);
    }

    /** The lowest free address, taken; or empty when the subnet is full. */
    long take() {
        int offset = used.nextClearBit(cursor);
        if (offset >= limit) {
            exhausted = true;
            return -1;
        }
        used.set(offset);
        cursor = offset + 1;
        taken++;
        return (base + offset) & 0xffffffffL;
    }

    /** The lowest free aligned /28, taken, as its first address; or -1 when none is left. */
    long takePrefix() {
        // No address is ever given back, so no aligned block below prefixCursor can become wholly free again.
        int start = align(used.nextClearBit(prefixCursor));
        while (start + PREFIX <= limit) {
            int nextUsed = used.nextSetBit(start);
            if (nextUsed < 0 || nextUsed >= start + PREFIX) {
                used.set(start, start + PREFIX);
                taken += PREFIX;
                prefixCursor = start + PREFIX;
                return (base + start) & 0xffffffffL;
            }
            start = align(used.nextClearBit(nextUsed));
        }
        if (free() >= PREFIX) {
            fragmented = true;
        } else {
            exhausted = true;
        }
        return -1;
    }

    /**
     * Whether a new ENI with {@code slots} secondary IPs (or, with {@code prefixes}, aligned /28 prefixes) fits, taken
     * as {@link #take} and then {@link #takePrefix} would take them: EC2's {@code CreateNetworkInterface} makes the ENI
     * with all the addresses or prefixes asked for, or fails with InsufficientFreeAddressesInSubnet /
     * InsufficientCidrBlocks and makes none (src/docs/reference/vpc-cni.md §4.5). Where it does not fit the subnet is
     * marked exhausted, or fragmented when enough addresses are free but not as aligned /28s. Takes nothing.
     */
    boolean fitsNewEni(int slots, boolean prefixes) {
        if (prefixes ? freeBlocksBeside(slots) : free() >= 1L + slots) {
            return true;
        }
        if (prefixes && free() >= 1L + (long) PREFIX * slots) {
            fragmented = true;
        } else {
            exhausted = true;
        }
        return false;
    }

    /** Whether {@code wanted} free aligned /28s remain once the lowest free address is taken as the ENI's primary. */
    private boolean freeBlocksBeside(int wanted) {
        int primary = used.nextClearBit(cursor);
        if (primary >= limit) {
            return false;
        }
        int found = 0;
        int start = align(used.nextClearBit(prefixCursor));
        while (found < wanted && start + PREFIX <= limit) {
            int nextUsed = used.nextSetBit(start);
            if (nextUsed >= 0 && nextUsed < start + PREFIX) {
                start = align(used.nextClearBit(nextUsed));
            } else {
                if (primary < start || primary >= start + PREFIX) {
                    found++;
                }
                start += PREFIX;
            }
        }
        return found >= wanted;
    }

    private static int align(int offset) {
        return (offset + PREFIX - 1) / PREFIX * PREFIX;
    }

    long total() {
        return size;
    }

    long usable() {
        return Math.max(0, size - RESERVED);
    }

    long free() {
        return Math.max(0, usable() - taken);
    }

    String name() {
        return subnet.name();
    }

    /** Why ipamd got no address (or, for a prefix, no aligned /28) here, in the words of EC2's error. */
    String noAddressReason(boolean prefix) {
        return prefix && fragmented
                ? "subnet " + name() + " has no free aligned /28 left (InsufficientCidrBlocks)"
                : "subnet " + name() + " has no free address left (InsufficientFreeAddressesInSubnet)";
    }
}
