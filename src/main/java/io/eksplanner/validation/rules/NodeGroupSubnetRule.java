package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Checks where each node group puts its nodes: that it names subnets, that they exist, and that they span AZs. */
final class NodeGroupSubnetRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §5.1, §5.7 and §8.3 (selectNodeGroupZoneSubnets), R12;
    // src/docs/domain-rules.md §1–2.

    private static final int NAMES_SHOWN = 10;
    private static final int SUGGESTIONS = 3;

    @Override
    public void check(ValidationContext context, Findings findings) {
        var nodeGroups = context.topology().nodeGroups();
        for (int i = 0; i < nodeGroups.size(); i++) {
            var group = nodeGroups.get(i);
            if (group.subnets().isEmpty()) {
                reportEmpty(context, group, i, findings);
                continue;
            }
            var known = new ArrayList<Subnet>();
            for (int j = 0; j < group.subnets().size(); j++) {
                String name = group.subnets().get(j);
                var subnet = context.subnet(name);
                if (subnet.isPresent()) {
                    known.add(subnet.get());
                } else {
                    reportUnknown(context, group, name, JsonPath.of("nodeGroups", i, "subnets", j), findings);
                }
            }
            checkZones(context, group, i, known, findings);
        }
    }

    private static void reportEmpty(ValidationContext context, NodeGroup group, int index, Findings findings) {
        var publicNames = namesOfType(context, SubnetType.PUBLIC);
        var privateNames = namesOfType(context, SubnetType.PRIVATE);
        var suggested = privateNames.isEmpty() ? publicNames : privateNames;
        findings.add(
                FindingCode.NODEGROUP_SUBNETS_EMPTY,
                JsonPath.of("nodeGroups", index, "subnets"),
                "node group " + group.name() + " names no subnets: eksctl would then place its nodes in every public"
                        + " subnet (" + listOrNone(publicNames) + "), or in every private subnet ("
                        + listOrNone(privateNames) + ") with privateNetworking",
                suggested.isEmpty()
                        ? "add subnets to the topology and list the ones the nodes belong in"
                        : "list the subnets the nodes belong in, e.g. " + shown(suggested));
    }

    private static void reportUnknown(
            ValidationContext context, NodeGroup group, String name, String path, Findings findings) {
        var names = context.topology().subnets().stream().map(Subnet::name).toList();
        findings.add(
                FindingCode.NODEGROUP_SUBNET_UNKNOWN,
                path,
                "node group " + group.name() + " names subnet " + name + ", which the topology does not have",
                names.isEmpty()
                        ? "add a subnet named " + name + " to subnets"
                        : "name one of the topology's subnets (" + shown(names) + ") or add a subnet named " + name);
    }

    private static void checkZones(
            ValidationContext context, NodeGroup group, int index, List<Subnet> known, Findings findings) {
        if (known.isEmpty()) {
            return;
        }
        // A subnet without an AZ is SUBNET_AZ_MISSING's business; while one is unknown, the group's spread is
        // unknown too, so the group is not judged rather than warned about on a guess.
        if (known.stream().anyMatch(subnet -> subnet.availabilityZone() == null)) {
            return;
        }
        var zones = new TreeSet<String>();
        known.forEach(subnet -> zones.add(subnet.availabilityZone()));
        if (zones.size() > 1) {
            return;
        }
        String zone = zones.first();
        var subnetNames = known.stream().map(Subnet::name).distinct().toList();
        findings.add(
                FindingCode.NODEGROUP_SINGLE_AZ,
                JsonPath.of("nodeGroups", index, "subnets"),
                "node group " + group.name() + " puts every node in one Availability Zone, " + zone + " (subnets "
                        + String.join(", ", subnetNames) + "): an outage of " + zone + " takes down the whole group",
                singleZoneHint(context, zone, known));
    }

    private static String singleZoneHint(ValidationContext context, String zone, List<Subnet> known) {
        // Prefer subnets of the kind the group already uses: a private group should stay private.
        var kinds = known.stream()
                .map(Subnet::type)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> candidates = new LinkedHashMap<>();
        for (var subnet : context.topology().subnets()) {
            boolean otherZone = subnet.availabilityZone() != null
                    && !subnet.availabilityZone().equals(zone);
            boolean sameKind = kinds.isEmpty() || kinds.contains(subnet.type());
            if (otherZone && sameKind && !subnet.isPodSubnet() && candidates.size() < SUGGESTIONS) {
                candidates.putIfAbsent(subnet.name(), subnet.name() + " (" + subnet.availabilityZone() + ")");
            }
        }
        if (!candidates.isEmpty()) {
            return "add a subnet of another Availability Zone to the group, e.g. "
                    + String.join(", ", candidates.values());
        }
        String region = context.topology().region();
        return "create a subnet in another Availability Zone" + (region == null ? "" : " of " + region)
                + " and add it to the group; a group scoped to one AZ on purpose (EBS volumes with Cluster"
                + " Autoscaler) should have sibling groups in the other AZs";
    }

    private static List<String> namesOfType(ValidationContext context, SubnetType type) {
        return context.topology().subnets().stream()
                .filter(subnet -> subnet.type() == type && !subnet.isPodSubnet())
                .map(Subnet::name)
                .toList();
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none in this topology" : shown(names);
    }

    private static String shown(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
