package io.eksplanner.ipam;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The launched nodes' pod slots while pods are scheduled: every node with a free slot, per AZ, ordered by pods in
 * all then IP, kept current as pods are placed.
 */
final class NodeSlots {

    /** Nodes by pods in all, then primary IP (then creation, for overlapping subnets' equal addresses). */
    static final Comparator<PlannedNode> BY_LOAD = NodeSlots::byLoad;

    /**
     * {@link #BY_LOAD} written out: every pod placed moves its node in a sorted set, so this comparison runs millions
     * of times a plan, and a chain of {@code thenComparing} lambdas cost several times as much.
     */
    static int byLoad(PlannedNode a, PlannedNode b) {
        int order = Integer.compare(a.totalPods, b.totalPods);
        if (order == 0) {
            order = Long.compare(a.primaryIp, b.primaryIp);
        }
        return order != 0 ? order : Integer.compare(a.creationIndex, b.creationIndex);
    }

    private final PodTable pods;

    /** Every AZ with a launched node, in name order (a node without an AZ under "null"); its nodes with a slot. */
    private final Map<String, TreeSet<PlannedNode>> fittingByZone = new TreeMap<>();

    NodeSlots(PodTable pods, List<PlannedNode> nodesByIp) {
        this.pods = pods;
        for (PlannedNode node : nodesByIp) {
            var zoneNodes = fittingByZone.computeIfAbsent(zoneKey(node), zone -> new TreeSet<>(BY_LOAD));
            if (node.freeSlots > 0) {
                zoneNodes.add(node);
            }
        }
    }

    private static String zoneKey(PlannedNode node) {
        return String.valueOf(node.zone());
    }

    /** The AZs, in name order. */
    Set<String> zones() {
        return fittingByZone.keySet();
    }

    /** The AZ's nodes with a free slot, by pods in all then IP. */
    TreeSet<PlannedNode> fitting(String zone) {
        return fittingByZone.get(zone);
    }

    /** Whether the node has a free slot and, for a security-group pod, a free branch ENI. */
    static boolean fits(PlannedNode node, boolean branch) {
        return node.freeSlots > 0 && (!branch || node.branchFree > 0);
    }

    /** Places the pod on the node: a slot, and a branch ENI for a security-group pod. */
    void place(int pod, PlannedNode node, boolean branch) {
        var zoneNodes = fittingByZone.get(zoneKey(node));
        zoneNodes.remove(node);
        pods.placeOn(pod, node.creationIndex);
        node.addPod(pod);
        if (branch) {
            node.branchFree--;
        }
        if (node.freeSlots > 0) {
            zoneNodes.add(node);
        }
    }
}
