package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each node its ENIs and addresses at the CNI's steady state for its pods (src/docs/reference/vpc-cni.md §4–§6):
 * the primary ENI, secondary ENIs with secondary IPs or aligned /28 prefixes up to the {@link WarmTargets}, then the
 * pods' addresses in pod order, and the trunk and branch ENIs of security groups for pods. Addresses are taken lowest
 * free first.
 */
final class EniAllocator {

    private static final String NO_ADDRESS = "failed to assign an IP address to container: ";

    private final EffectiveCni cni;
    private final PodTable pods;
    private final EniSubnets subnets;
    private final TrunkEnis trunks;
    private final PodNetwork[] networkOfWorkload;

    /** An allocator of {@code pods}' addresses; {@code inPodOrder} are their workloads, by the pod table's index. */
    EniAllocator(EffectiveCni cni, PodTable pods, List<Workload> inPodOrder, EniSubnets subnets) {
        this.cni = cni;
        this.pods = pods;
        this.subnets = subnets;
        this.trunks = new TrunkEnis(pods);
        this.networkOfWorkload =
                inPodOrder.stream().map(w -> PodNetwork.of(w, cni)).toArray(PodNetwork[]::new);
    }

    /** Attaches the node's ENIs, takes their addresses, and gives its pods theirs. */
    void allocate(PlannedNode node) {
        var capacity = EniCapacity.of(node.type, cni, subnets.primaryExcluded(node));
        var ipPods = new IntList();
        var branchPods = new ArrayList<Integer>();
        sortPods(node, ipPods, branchPods);
        var podSpace = cni.customNetworking() ? subnets.podSubnet(node.zone()) : node.space;
        var noPodSubnet = podSpace == null ? EniSubnets.noPodSubnetReason(node.zone()) : null;
        var growth = WarmTargets.grow(cni, capacity, node.maxPods, ipPods.size());
        var enis = new ArrayList<EniBuilder>();
        // ENI 0 is the node's primary ENI; with custom networking it holds no pod addresses.
        enis.add(new EniBuilder(0, EniKind.PRIMARY, node.space, node.primaryIp));
        String shortage = noPodSubnet == null && capacity.podEnis() > 0
                ? attachPodEnis(node, podSpace, capacity, growth, enis)
                : null;
        int addressed = assignAddresses(enis, ipPods, capacity);
        if (addressed < ipPods.size()) {
            // One reason for all of the node's pods left over: the pod table keeps each distinct text once.
            var reason = NO_ADDRESS
                    + (noPodSubnet != null ? noPodSubnet : shortage != null ? shortage : tooFewSlots(capacity));
            for (int i = addressed; i < ipPods.size(); i++) {
                pods.failToCreate(ipPods.get(i), reason);
            }
        }
        if (capacity.trunk() && !NodeLauncher.branchesKnown(node.type)) {
            trunks.refuseUnlisted(branchPods);
        } else if (capacity.trunk()) {
            trunks.attach(cni.customNetworking() && podSpace != null ? podSpace : node.space, enis, branchPods);
        } else {
            trunks.refuse(branchPods);
        }
        enis.forEach(eni -> node.enis.add(eni.build()));
    }

    /** Host-network pods run on the node's IP; the others wait for a branch ENI or one of the ENIs' addresses. */
    private void sortPods(PlannedNode node, IntList ipPods, List<Integer> branchPods) {
        for (int i = 0; i < node.podCount(); i++) {
            int pod = node.pod(i);
            switch (networkOfWorkload[pods.workloadOf(pod)]) {
                case HOST -> pods.run(pod, node.primaryIp, 0, node.space.index);
                case BRANCH_ENI -> branchPods.add(pod);
                case ENI_ADDRESS -> ipPods.add(pod);
            }
        }
    }

    /**
     * Attaches the ENIs that hold the target slots (the primary ENI first, unless custom networking or a cni=0 node
     * subnet keeps pods off it) and fills each with slots; returns why it stopped short, or null when every ENI and
     * slot was had. A new ENI is made only where its subnet holds its primary address and all the slots it is created
     * with ({@link WarmTargets.Growth}); later slots are taken while the subnet has them, as ipamd's {@code
     * tryAssignIPs}/{@code tryAssignPrefixes} fall back to one at a time.
     */
    private String attachPodEnis(
            PlannedNode node,
            SubnetSpace podSpace,
            EniCapacity capacity,
            WarmTargets.Growth growth,
            List<EniBuilder> enis) {
        var targets = growth.targets();
        boolean offPrimary = !capacity.primaryHoldsPods();
        int eniIndex = offPrimary ? 1 : 0;
        int eniCount = offPrimary ? targets.enis() : Math.max(1, targets.enis());
        int remaining = targets.slots();
        int created = 0;
        for (int e = 0; e < eniCount && remaining > 0; e++) {
            EniBuilder eni = enis.get(0);
            if (offPrimary || e > 0) {
                var candidates = cni.customNetworking() ? List.of(podSpace) : subnets.forNewEni(node);
                if (candidates.isEmpty()) {
                    return subnets.noSubnetReason(node);
                }
                int createdWith = growth.createdWith().get(created++);
                var space = firstFitting(candidates, createdWith, capacity.prefixes());
                if (space == null) {
                    return candidates.get(0).noAddressReason(capacity.prefixes());
                }
                eni = attachSecondary(node, space, eniIndex, enis);
            }
            eniIndex++;
            int take = Math.min(capacity.slotsPerEni(), remaining);
            remaining -= take;
            if (!fill(node, eni, take, capacity)) {
                return eni.space.noAddressReason(capacity.prefixes());
            }
        }
        return null;
    }

    /** The first subnet, in ipamd's order, that a new ENI created with {@code slots} fits in; null when none. */
    private static SubnetSpace firstFitting(List<SubnetSpace> candidates, int slots, boolean prefixes) {
        for (SubnetSpace candidate : candidates) {
            if (candidate.fitsNewEni(slots, prefixes)) {
                return candidate;
            }
        }
        return null;
    }

    /** A new secondary ENI in {@code space}, which {@link SubnetSpace#fitsNewEni} found room in, its address taken. */
    private static EniBuilder attachSecondary(PlannedNode node, SubnetSpace space, int index, List<EniBuilder> enis) {
        long address = space.take();
        space.eniPrimaryIps++;
        if (space == node.space) {
            node.ownSubnetIps++;
        }
        var eni = new EniBuilder(index, EniKind.SECONDARY, space, address);
        enis.add(eni);
        return eni;
    }

    /** Takes {@code count} secondary IPs or prefixes for the ENI; false when its subnet runs out first. */
    private static boolean fill(PlannedNode node, EniBuilder eni, int count, EniCapacity capacity) {
        boolean prefixes = capacity.prefixes();
        for (int slot = 0; slot < count; slot++) {
            long address = prefixes ? eni.space.takePrefix() : eni.space.take();
            if (address < 0) {
                return false;
            }
            eni.slots(prefixes).add(address);
            if (eni.space == node.space) {
                node.ownSubnetIps += capacity.addressesPerSlot();
            }
        }
        return true;
    }

    /**
     * Pods take the node's addresses in pod order: ENI by ENI, secondary IPs or the prefixes' addresses; the rest of
     * what the ENIs hold is warm. Returns how many pods got an address.
     */
    private int assignAddresses(List<EniBuilder> enis, IntList ipPods, EniCapacity capacity) {
        int perSlot = capacity.addressesPerSlot();
        int next = 0;
        for (EniBuilder eni : enis) {
            var held = eni.slots(capacity.prefixes());
            int before = next;
            for (int slot = 0; slot < held.size() && next < ipPods.size(); slot++) {
                long base = held.get(slot);
                for (int k = 0; k < perSlot && next < ipPods.size(); k++) {
                    pods.run(ipPods.get(next++), base + k, eni.index, eni.space.index);
                }
            }
            eni.space.podIps += next - before;
            eni.space.warmIps += (long) held.size() * perSlot - (next - before);
        }
        return next;
    }

    private static String tooFewSlots(EniCapacity capacity) {
        return "the node's " + capacity.podEnis() + " pod ENI(s) hold at most "
                + capacity.podEnis() * capacity.slotsPerEni() * capacity.addressesPerSlot() + " pod IPs";
    }
}
