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
        var enis = new ArrayList<EniBuilder>();
        // ENI 0 is the node's primary ENI; with custom networking it holds no pod addresses.
        enis.add(new EniBuilder(0, EniKind.PRIMARY, node.space, node.primaryIp));
        String shortage = null;
        if (noPodSubnet == null && capacity.podEnis() > 0) {
            // ipamd's pool loop, step by step, with EC2's answers from the plan's subnets.
            var cidrs = new NodeCidrs(node, subnets, cni.customNetworking() ? podSpace : null, capacity, enis);
            WarmTargets.replay(cni, capacity, node.maxPods, ipPods.size(), cidrs);
            shortage = cidrs.shortage();
        }
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
