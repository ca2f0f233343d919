package io.eksplanner.ipam;

import java.util.List;

/**
 * Security groups for pods (src/docs/reference/vpc-cni.md §3.7): on a trunk-capable node the trunk ENI, and one branch
 * ENI for each security-group pod, one address each.
 */
final class TrunkEnis {

    private final PodTable pods;

    TrunkEnis(PodTable pods) {
        this.pods = pods;
    }

    /** The trunk ENI and one branch ENI a security-group pod: one address each (src/docs/reference/vpc-cni.md §3.7). */
    void attach(SubnetSpace space, List<EniBuilder> enis, List<Integer> branchPods) {
        long trunkIp = space.take();
        if (trunkIp < 0) {
            failAll(branchPods, "failed to attach the trunk ENI: " + space.noAddressReason(false));
            return;
        }
        space.eniPrimaryIps++;
        enis.add(new EniBuilder(enis.size(), EniKind.TRUNK, space, trunkIp));
        int branchIndex = enis.size();
        for (int pod : branchPods) {
            long address = space.take();
            if (address < 0) {
                pods.failToCreate(pod, "failed to create a branch ENI: " + space.noAddressReason(false));
                continue;
            }
            space.podIps++;
            enis.add(new EniBuilder(branchIndex, EniKind.BRANCH, space, address));
            pods.run(pod, address, branchIndex++, space.index);
        }
    }

    /** The node cannot run a trunk: its security-group pods get no branch ENI. */
    void refuse(List<Integer> branchPods) {
        failAll(branchPods, "the node's instance type has no branch ENIs for security groups for pods");
    }

    /**
     * The CNI keeps the trunk's ENI slot on a type the resource controller does not list, but the controller creates
     * no trunk and no branch ENI there.
     */
    void refuseUnlisted(List<Integer> branchPods) {
        failAll(
                branchPods,
                "the VPC resource controller does not list the node's instance type: no trunk or branch ENIs,"
                        + " though the CNI keeps the trunk's ENI slot");
    }

    private void failAll(List<Integer> branchPods, String reason) {
        for (int pod : branchPods) {
            pods.failToCreate(pod, reason);
        }
    }
}
