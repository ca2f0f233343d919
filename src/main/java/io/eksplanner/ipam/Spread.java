package io.eksplanner.ipam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SPREAD placement (src/docs/domain-rules.md §3): each pod goes to the eligible node whose AZ has the fewest pods of
 * the workload, then the fewest pods of the workload on the node, then the fewest pods in all, then the lowest IP.
 */
final class Spread {

    /** SPREAD's node order: pods of the workload, then pods in all, then IP. */
    private static final Comparator<PlannedNode> BY_WORKLOAD_THEN_LOAD = (a, b) -> {
        int order = Integer.compare(a.workloadPods, b.workloadPods);
        return order != 0 ? order : NodeSlots.byLoad(a, b);
    };

    /** The order of {@link #among}, which has no creation-order tie-break. */
    private static final Comparator<PlannedNode> BY_WORKLOAD_PODS_IP = Comparator.comparingInt(
                    (PlannedNode node) -> node.workloadPods)
            .thenComparingInt(node -> node.totalPods)
            .thenComparingLong(node -> node.primaryIp);

    private final NodeSlots slots;

    Spread(NodeSlots slots) {
        this.slots = slots;
    }

    /**
     * SPREAD for a workload that may run on every node, without a queue per workload: among a zone's nodes with a
     * free slot (kept ordered by pods in all, then IP), the first the workload has no pod on is the best, since it
     * has the fewest of the workload's pods; only once none is left do the nodes it has pods on compete. The result
     * is the same as {@link #among}'s; the cost grows with the pods placed, not with the nodes. Returns how many pods
     * got a node.
     */
    int overCluster(int first, int replicas) {
        var pass = new OverCluster(new ArrayList<>(slots.zones()));
        int placed = 0;
        while (placed < replicas && pass.pickBest()) {
            pass.unqueueBest();
            slots.place(first + placed++, pass.bestNode, false);
            pass.queueBest();
        }
        pass.forgetWorkload();
        return placed;
    }

    /** One workload's pass of {@link #overCluster}: per AZ its pods and the nodes it already has pods on. */
    private final class OverCluster {
        private final List<String> zones;
        private final int[] zonePods;
        private final boolean[] noUntouchedLeft;
        private final List<PriorityQueue<PlannedNode>> touched = new ArrayList<>();
        private final List<PlannedNode> everTouched = new ArrayList<>();
        int bestZone;
        PlannedNode bestNode;

        OverCluster(List<String> zones) {
            this.zones = zones;
            this.zonePods = new int[zones.size()];
            this.noUntouchedLeft = new boolean[zones.size()];
            for (int z = 0; z < zones.size(); z++) {
                touched.add(new PriorityQueue<>(BY_WORKLOAD_THEN_LOAD));
            }
        }

        /** Among the AZs with the fewest pods of the workload, the one whose best node comes first; false if none. */
        boolean pickBest() {
            bestZone = -1;
            bestNode = null;
            for (int z = 0; z < zones.size(); z++) {
                var node = candidate(z);
                if (node == null) {
                    continue;
                }
                int byPods = bestZone < 0 ? -1 : Integer.compare(zonePods[z], zonePods[bestZone]);
                if (byPods < 0 || (byPods == 0 && BY_WORKLOAD_THEN_LOAD.compare(node, bestNode) < 0)) {
                    bestZone = z;
                    bestNode = node;
                }
            }
            return bestNode != null;
        }

        /** The AZ's best node: the first with no pod of the workload, else the best of those with some. */
        private PlannedNode candidate(int z) {
            var node = noUntouchedLeft[z] ? null : firstUntouched(slots.fitting(zones.get(z)));
            if (node == null) {
                noUntouchedLeft[z] = true;
                node = touched.get(z).peek();
            }
            return node;
        }

        /** Takes the best node out of its AZ's queue (its head) before a pod changes its order. */
        void unqueueBest() {
            if (bestNode.workloadPods > 0) {
                touched.get(bestZone).poll();
            } else {
                everTouched.add(bestNode);
            }
        }

        /** Counts the pod just placed on the best node, and queues the node again while it has a free slot. */
        void queueBest() {
            bestNode.workloadPods++;
            zonePods[bestZone]++;
            if (bestNode.freeSlots > 0) {
                touched.get(bestZone).add(bestNode);
            }
        }

        /** The next workload starts from zero. */
        void forgetWorkload() {
            everTouched.forEach(node -> node.workloadPods = 0);
        }
    }

    private static PlannedNode firstUntouched(TreeSet<PlannedNode> zoneNodes) {
        for (PlannedNode node : zoneNodes) {
            if (node.workloadPods == 0) {
                return node;
            }
        }
        return null;
    }

    /** SPREAD over the eligible nodes, one queue per AZ; returns how many pods got a node. */
    int among(int first, int replicas, List<PlannedNode> eligible, boolean branch) {
        var queues = zoneQueues(eligible, branch);
        var zonePods = new HashMap<String, Integer>();
        queues.keySet().forEach(zone -> zonePods.put(zone, 0));
        int placed = 0;
        while (placed < replicas) {
            var bestZone = bestZone(queues, zonePods);
            if (bestZone == null) {
                break;
            }
            var queue = queues.get(bestZone);
            var node = queue.poll();
            slots.place(first + placed++, node, branch);
            node.workloadPods++;
            zonePods.merge(bestZone, 1, Integer::sum);
            if (NodeSlots.fits(node, branch)) {
                queue.add(node);
            }
        }
        // The next workload starts from zero; overCluster relies on it.
        eligible.forEach(node -> node.workloadPods = 0);
        return placed;
    }

    /** The eligible nodes that fit, one queue per AZ in name order; every eligible node starts the workload at 0. */
    private static Map<String, PriorityQueue<PlannedNode>> zoneQueues(List<PlannedNode> eligible, boolean branch) {
        var byZone = new TreeMap<String, List<PlannedNode>>();
        for (PlannedNode node : eligible) {
            node.workloadPods = 0;
            if (NodeSlots.fits(node, branch)) {
                byZone.computeIfAbsent(String.valueOf(node.zone()), zone -> new ArrayList<>())
                        .add(node);
            }
        }
        var queues = new LinkedHashMap<String, PriorityQueue<PlannedNode>>();
        byZone.forEach((zone, zoneNodes) -> {
            var queue = new PriorityQueue<>(BY_WORKLOAD_PODS_IP);
            queue.addAll(zoneNodes);
            queues.put(zone, queue);
        });
        return queues;
    }

    /** Among the AZs with the fewest pods of the workload, the one whose best node comes first; null if none. */
    private static String bestZone(Map<String, PriorityQueue<PlannedNode>> queues, Map<String, Integer> zonePods) {
        String bestZone = null;
        PlannedNode bestNode = null;
        for (var zone : queues.entrySet()) {
            var node = zone.getValue().peek();
            if (node == null) {
                continue;
            }
            int byPods = bestZone == null ? -1 : Integer.compare(zonePods.get(zone.getKey()), zonePods.get(bestZone));
            if (byPods < 0 || (byPods == 0 && BY_WORKLOAD_PODS_IP.compare(node, bestNode) < 0)) {
                bestZone = zone.getKey();
                bestNode = node;
            }
        }
        return bestZone;
    }
}
