package io.eksplanner.ipam;

import io.eksplanner.ipam.IpPlan.Headroom;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.List;

/**
 * A subnet's addresses once the nodes have theirs (src/docs/domain-rules.md §3): what each kind of tenant holds, what
 * is free, whether a request ran out, and the per-node footprint of each node group placed in it. Immutable. Other
 * tenants need no bitmap: {@link SubnetSpace#take} takes the lowest free address and fails exactly when none is free,
 * so which address an ENI gets does not change a single figure of the plan.
 *
 * @param index the subnet's index in the topology
 * @param exhausted whether some address or prefix was asked for and none was left
 * @param fragmented whether a /28 prefix was asked for while free addresses held no aligned one
 * @param footprints the node groups that name the subnet, in the topology's order
 */
record SubnetTally(
        int index,
        Subnet subnet,
        long totalIps,
        long usableIps,
        long nodeIps,
        long eniPrimaryIps,
        long podIps,
        long warmIps,
        long otherIps,
        long freeIps,
        boolean exhausted,
        boolean fragmented,
        List<GroupFootprint> footprints) {

    /** The addresses a node of the group holds in the subnet, at the largest of its nodes'. */
    record GroupFootprint(String nodeGroup, long addressesPerNode) {}

    SubnetTally {
        footprints = List.copyOf(footprints);
    }

    /** The figures of {@code space} as the nodes left it, before any other tenant. */
    static SubnetTally of(SubnetSpace space, List<GroupFootprint> footprints) {
        return new SubnetTally(
                space.index,
                space.subnet,
                space.total(),
                space.usable(),
                space.nodeIps,
                space.eniPrimaryIps,
                space.podIps,
                space.warmIps,
                0,
                space.free(),
                space.exhausted,
                space.fragmented,
                footprints);
    }

    /** The subnet once {@code enis} ENIs of other tenants asked for one address each, counted as other IPs. */
    SubnetTally withOtherTenants(int enis) {
        if (enis <= 0) {
            return this;
        }
        long granted = Math.min(enis, freeIps);
        return new SubnetTally(
                index,
                subnet,
                totalIps,
                usableIps,
                nodeIps,
                eniPrimaryIps,
                podIps,
                warmIps,
                otherIps + granted,
                freeIps - granted,
                exhausted || enis > freeIps,
                fragmented,
                footprints);
    }

    /** The subnet as the plan reports it, with how many more nodes of each group its free addresses hold. */
    SubnetUsage usage() {
        var headroom = footprints.stream()
                .map(group -> new Headroom(group.nodeGroup(), freeIps / Math.max(1, group.addressesPerNode())))
                .toList();
        return new SubnetUsage(
                index,
                subnet.name(),
                subnet.cidr().toString(),
                subnet.availabilityZone(),
                totalIps,
                totalIps - usableIps,
                nodeIps,
                eniPrimaryIps,
                podIps,
                warmIps,
                otherIps,
                freeIps,
                usableIps == 0 ? 1.0 : (double) (usableIps - freeIps) / usableIps,
                exhausted,
                fragmented,
                headroom);
    }
}
