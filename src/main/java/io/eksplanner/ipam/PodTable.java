package io.eksplanner.ipam;

import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods of a plan in parallel arrays: a few ints a pod instead of an object with strings. Written while the plan
 * is made, read only once it is an {@link IpPlan}.
 */
final class PodTable {

    private static final PodStatus[] STATUSES = PodStatus.values();

    private final List<Workload> workloads = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final Map<String, Integer> reasonIndex = new HashMap<>();
    private final List<String> subnetNames;

    private int size;
    private int[] workload = new int[16];
    private int[] ordinal = new int[16];
    private int[] node = new int[16];
    private int[] ip = new int[16];
    private short[] eni = new short[16];
    private int[] subnet = new int[16];
    private byte[] status = new byte[16];
    private int[] reason = new int[16];

    /** An empty table; {@code subnetNames} are the topology's subnets, which pods name by index. */
    PodTable(List<String> subnetNames) {
        this.subnetNames = subnetNames;
    }

    int addWorkload(Workload workload) {
        workloads.add(workload);
        return workloads.size() - 1;
    }

    /** Adds a pod, Pending until it is scheduled; returns its index. */
    int add(int workloadIndex, int podOrdinal) {
        if (size == workload.length) {
            grow(size * 2);
        }
        workload[size] = workloadIndex;
        ordinal[size] = podOrdinal;
        node[size] = -1;
        eni[size] = -1;
        subnet[size] = -1;
        status[size] = (byte) PodStatus.Pending.ordinal();
        reason[size] = -1;
        return size++;
    }

    private void grow(int capacity) {
        workload = Arrays.copyOf(workload, capacity);
        ordinal = Arrays.copyOf(ordinal, capacity);
        node = Arrays.copyOf(node, capacity);
        ip = Arrays.copyOf(ip, capacity);
        eni = Arrays.copyOf(eni, capacity);
        subnet = Arrays.copyOf(subnet, capacity);
        status = Arrays.copyOf(status, capacity);
        reason = Arrays.copyOf(reason, capacity);
    }

    int size() {
        return size;
    }

    /** The index, in {@link #addWorkload} order, of the pod's workload. */
    int workloadOf(int pod) {
        return workload[pod];
    }

    /** The workload the pod is a replica of. */
    Workload workloadAt(int pod) {
        return workloads.get(workload[pod]);
    }

    /** Schedules the pod on node {@code nodeIndex}, still without an address. */
    void placeOn(int pod, int nodeIndex) {
        node[pod] = nodeIndex;
    }

    /** The pod runs at {@code address}, on ENI {@code eniIndex} of its node, in subnet {@code subnetIndex}. */
    void run(int pod, long address, int eniIndex, int subnetIndex) {
        ip[pod] = (int) address;
        eni[pod] = (short) eniIndex;
        subnet[pod] = subnetIndex;
        status[pod] = (byte) PodStatus.Running.ordinal();
    }

    /** The pod has its node but no address: ContainerCreating, for {@code why}. */
    void failToCreate(int pod, String why) {
        status[pod] = (byte) PodStatus.ContainerCreating.ordinal();
        setReason(pod, why);
    }

    void setReason(int pod, String text) {
        reason[pod] = reasonIndex.computeIfAbsent(text, key -> {
            reasons.add(key);
            return reasons.size() - 1;
        });
    }

    /** Renumbers every scheduled pod's node: pod on node {@code n} goes to node {@code position[n]}. */
    void renumberNodes(int[] position) {
        for (int pod = 0; pod < size; pod++) {
            if (node[pod] >= 0) {
                node[pod] = position[node[pod]];
            }
        }
    }

    PodStatus status(int pod) {
        return STATUSES[status[pod]];
    }

    String reasonOf(int pod) {
        return reason[pod] < 0 ? null : reasons.get(reason[pod]);
    }

    String name(int pod) {
        return workloads.get(workload[pod]).name() + "-" + ordinal[pod];
    }

    String namespace(int pod) {
        return workloads.get(workload[pod]).namespace();
    }

    PodPlan view(int pod, List<NodePlan> nodes) {
        var nodePlan = node[pod] < 0 ? null : nodes.get(node[pod]);
        return new PodPlan(
                name(pod),
                namespace(pod),
                nodePlan == null ? null : nodePlan.name(),
                ip[pod] == 0 ? null : Long.valueOf(ip[pod] & 0xffffffffL),
                eni[pod] < 0 ? null : Integer.valueOf(eni[pod]),
                subnet[pod] < 0 ? null : subnetNames.get(subnet[pod]),
                nodePlan == null ? null : nodePlan.availabilityZone(),
                status(pod),
                reasonOf(pod));
    }
}
