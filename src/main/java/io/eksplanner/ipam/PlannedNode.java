package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan.EniPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One launched node while the plan is made: its slots, its pods, and the ENIs it ends with. */
final class PlannedNode {

    /** The order the node was launched in, across all node groups. */
    final int creationIndex;

    final int groupIndex;
    final String groupName;
    final InstanceType type;

    /** The node's subnet, where its primary ENI is. */
    final SubnetSpace space;

    final long primaryIp;
    final int maxPods;

    /** Pod slots left for workloads: max pods less the two host-network system pods, less the pods placed. */
    int freeSlots;

    int totalPods;

    /** Branch ENIs left for security-group pods. */
    int branchFree;

    /** Pods of the workload being scheduled (zero between workloads). */
    int workloadPods;

    private int[] pods = new int[4];
    private int podCount;

    /** Addresses the node holds in its own subnet: its IP, its ENIs' primaries there, their secondaries or prefixes. */
    long ownSubnetIps = 1;

    final List<EniPlan> enis = new ArrayList<>();

    PlannedNode(
            int creationIndex,
            int groupIndex,
            String groupName,
            InstanceType type,
            SubnetSpace space,
            long primaryIp,
            int maxPods) {
        this.creationIndex = creationIndex;
        this.groupIndex = groupIndex;
        this.groupName = groupName;
        this.type = type;
        this.space = space;
        this.primaryIp = primaryIp;
        this.maxPods = maxPods;
        this.freeSlots = Math.max(0, maxPods - 2);
    }

    void addPod(int pod) {
        if (podCount == pods.length) {
            pods = Arrays.copyOf(pods, podCount * 2);
        }
        pods[podCount++] = pod;
        freeSlots--;
        totalPods++;
    }

    int podCount() {
        return podCount;
    }

    /** The {@code i}-th pod placed on the node. */
    int pod(int i) {
        return pods[i];
    }

    int[] podIndices() {
        return Arrays.copyOf(pods, podCount);
    }

    String zone() {
        return space.subnet.availabilityZone();
    }

    /** The node name EKS gives: ip-a-b-c-d.REGION.compute.internal, or ec2.internal in us-east-1. */
    String name(String region) {
        return name(primaryIp, region);
    }

    static String name(long primaryIp, String region) {
        var dashed = Ipv4Cidr.formatAddress(primaryIp).replace('.', '-');
        if ("us-east-1".equals(region)) {
            return "ip-" + dashed + ".ec2.internal";
        }
        return "ip-" + dashed + (region == null ? "" : "." + region) + ".compute.internal";
    }
}
