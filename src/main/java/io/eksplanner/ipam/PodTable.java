package io.eksplanner.ipam;

import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pods of a plan in parallel arrays: a few ints a pod instead of an object with strings. */
final class PodTable {

    static final byte RUNNING = 0;
    static final byte CONTAINER_CREATING = 1;
    static final byte PENDING = 2;

    private final List<String> workloadNames = new ArrayList<>();
    private final List<String> workloadNamespaces = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final Map<String, Integer> reasonIndex = new HashMap<>();
    private final List<String> subnetNames;
    private final List<String> subnetZones;

    private int size;
    int[] workload = new int[16];
    int[] ordinal = new int[16];
    int[] node = new int[16];
    int[] ip = new int[16];
    short[] eni = new short[16];
    int[] subnet = new int[16];
    byte[] status = new byte[16];
    int[] reason = new int[16];

    PodTable(List<String> subnetNames, List<String> subnetZones) {
        this.subnetNames = subnetNames;
        this.subnetZones = subnetZones;
    }

    int addWorkload(String name, String namespace) {
        workloadNames.add(name);
        workloadNamespaces.add(namespace);
        return workloadNames.size() - 1;
    }

    /** Adds a pod, Pending until it is scheduled; returns its index. */
    int add(int workloadIndex, int podOrdinal) {
        if (size == workload.length) {
            int capacity = size * 2;
            workload = Arrays.copyOf(workload, capacity);
            ordinal = Arrays.copyOf(ordinal, capacity);
            node = Arrays.copyOf(node, capacity);
            ip = Arrays.copyOf(ip, capacity);
            eni = Arrays.copyOf(eni, capacity);
            subnet = Arrays.copyOf(subnet, capacity);
            status = Arrays.copyOf(status, capacity);
            reason = Arrays.copyOf(reason, capacity);
        }
        workload[size] = workloadIndex;
        ordinal[size] = podOrdinal;
        node[size] = -1;
        eni[size] = -1;
        subnet[size] = -1;
        status[size] = PENDING;
        reason[size] = -1;
        return size++;
    }

    int size() {
        return size;
    }

    void setReason(int pod, String text) {
        reason[pod] = reasonIndex.computeIfAbsent(text, key -> {
            reasons.add(key);
            return reasons.size() - 1;
        });
    }

    String reasonOf(int pod) {
        return reason[pod] < 0 ? null : reasons.get(reason[pod]);
    }

    String name(int pod) {
        return workloadNames.get(workload[pod]) + "-" + ordinal[pod];
    }

    String namespace(int pod) {
        return workloadNamespaces.get(workload[pod]);
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
                PodStatus.values()[status[pod]],
                reasonOf(pod));
    }

    List<String> subnetZones() {
        return subnetZones;
    }
}
