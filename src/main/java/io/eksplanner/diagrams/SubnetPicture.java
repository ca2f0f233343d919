package io.eksplanner.diagrams;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network diagram shows of one subnet: its addresses in the scenario drawn, its used addresses in the other
 * scenario (the marker), the nodes of each group that land in it (a few by name, the rest as a count, so a plan of
 * thousands of nodes draws in constant size per subnet), and the findings on it.
 */
record SubnetPicture(
        SubnetUsage usage, SubnetUsage other, String type, List<GroupNodes> groups, List<Finding> findings) {

    /** How many nodes are drawn one by one per subnet and group; the rest are counted. */
    static final int NAMED_NODES = 12;

    /** The nodes of one group in one subnet: how many, and the first {@link #NAMED_NODES} by name. */
    record GroupNodes(String group, String instanceType, int count, List<String> names) {}

    long used() {
        return usage.totalIps() - usage.freeIps();
    }

    long otherUsed() {
        return other == null ? -1 : other.totalIps() - other.freeIps();
    }

    /** Each subnet of {@code plan}, with the other scenario's figures, its nodes and the findings whose path is in it. */
    static List<SubnetPicture> of(IpPlan plan, IpPlan other, List<String> types, List<Finding> findings) {
        var nodes = nodesBySubnet(plan);
        var pictures = new ArrayList<SubnetPicture>();
        for (SubnetUsage usage : plan.subnets()) {
            var otherUsage = other.subnets().stream()
                    .filter(candidate -> candidate.name().equals(usage.name()))
                    .findFirst()
                    .orElse(null);
            var prefix = "subnets[" + usage.index() + "]";
            var own = findings.stream()
                    .filter(finding -> finding.path() != null
                            && (finding.path().equals(prefix) || finding.path().startsWith(prefix + ".")))
                    .toList();
            var type = usage.index() < types.size() ? types.get(usage.index()) : null;
            pictures.add(new SubnetPicture(usage, otherUsage, type, nodes.getOrDefault(usage.name(), List.of()), own));
        }
        return pictures;
    }

    private static Map<String, List<GroupNodes>> nodesBySubnet(IpPlan plan) {
        var instanceTypes = new LinkedHashMap<String, String>();
        plan.nodeGroups().forEach(group -> instanceTypes.put(group.name(), group.instanceType()));
        var counts = new LinkedHashMap<String, Map<String, int[]>>();
        var names = new LinkedHashMap<String, Map<String, List<String>>>();
        for (var node : plan.nodes()) {
            counts.computeIfAbsent(node.subnet(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(node.nodeGroup(), key -> new int[1])[0]++;
            var named = names.computeIfAbsent(node.subnet(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(node.nodeGroup(), key -> new ArrayList<>());
            if (named.size() < NAMED_NODES) {
                named.add(node.name());
            }
        }
        var bySubnet = new LinkedHashMap<String, List<GroupNodes>>();
        counts.forEach((subnet, groups) -> {
            var list = new ArrayList<GroupNodes>();
            groups.forEach((group, count) -> list.add(new GroupNodes(
                    group, instanceTypes.get(group), count[0], names.get(subnet).get(group))));
            bySubnet.put(subnet, list);
        });
        return bySubnet;
    }
}
