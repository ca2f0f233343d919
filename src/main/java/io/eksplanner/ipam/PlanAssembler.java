package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.Headroom;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.IpPlan.Totals;
import io.eksplanner.ipam.NodeLauncher.LaunchedNodes;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link IpPlan} of a planned topology: nodes by IP with their ENIs, pods renumbered to those nodes, each subnet's
 * usage and headroom, and the totals.
 */
final class PlanAssembler {

    private final InstanceTypeCatalog catalog;
    private final ClusterTopology topology;

    PlanAssembler(InstanceTypeCatalog catalog, ClusterTopology topology) {
        this.catalog = catalog;
        this.topology = topology;
    }

    IpPlan plan(Scenario scenario, LaunchedNodes launched, PodTable pods, SubnetSpaces spaces) {
        var nodes = nodePlans(launched, pods);
        var footprints = footprints(launched);
        var usages = new ArrayList<SubnetUsage>();
        for (SubnetSpace space : spaces.inOrder()) {
            usages.add(usage(space, footprints));
        }
        return new IpPlan(scenario, totals(launched, pods, usages), usages, nodes, pods, launched.groups());
    }

    /** The nodes by primary IP; every scheduled pod renumbered to its node's place among them. */
    private List<NodePlan> nodePlans(LaunchedNodes launched, PodTable pods) {
        var byIp = launched.byIp();
        var plans = new ArrayList<NodePlan>(byIp.size());
        int[] position = new int[launched.nodes().size()];
        for (int i = 0; i < byIp.size(); i++) {
            var node = byIp.get(i);
            position[node.creationIndex] = i;
            plans.add(new NodePlan(
                    node.name(topology.region()),
                    node.groupName,
                    node.space.name(),
                    node.zone(),
                    node.primaryIp,
                    node.maxPods,
                    List.copyOf(node.enis),
                    node.podIndices()));
        }
        pods.renumberNodes(position);
        return plans;
    }

    /** Each group's addresses a node in its own subnet, at the largest of its nodes'; 0 for a group without one. */
    private long[] footprints(LaunchedNodes launched) {
        var footprints = new long[topology.nodeGroups().size()];
        for (PlannedNode node : launched.nodes()) {
            footprints[node.groupIndex] = Math.max(footprints[node.groupIndex], node.ownSubnetIps);
        }
        return footprints;
    }

    private SubnetUsage usage(SubnetSpace space, long[] footprints) {
        long usable = space.usable();
        return new SubnetUsage(
                space.index,
                space.name(),
                space.subnet.cidr().toString(),
                space.subnet.availabilityZone(),
                space.total(),
                space.total() - usable,
                space.nodeIps,
                space.eniPrimaryIps,
                space.podIps,
                space.warmIps,
                space.otherIps,
                space.free(),
                usable == 0 ? 1.0 : (double) (usable - space.free()) / usable,
                space.exhausted,
                space.fragmented,
                headroom(space, footprints));
    }

    /** How many more nodes of each group placed in this subnet it holds, at the group's largest footprint. */
    private List<Headroom> headroom(SubnetSpace space, long[] footprints) {
        var headroom = new ArrayList<Headroom>();
        var groups = topology.nodeGroups();
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).subnets().contains(space.name())) {
                continue;
            }
            long footprint = footprints[g];
            if (footprint == 0) {
                var type = catalog.find(String.valueOf(groups.get(g).instanceType()))
                        .orElse(null);
                footprint = type == null ? 1 : type.ipv4PerEni();
            }
            headroom.add(new Headroom(groups.get(g).name(), space.free() / Math.max(1, footprint)));
        }
        return headroom;
    }

    private static Totals totals(LaunchedNodes launched, PodTable pods, List<SubnetUsage> usages) {
        int[] byStatus = new int[PodStatus.values().length];
        for (int pod = 0; pod < pods.size(); pod++) {
            byStatus[pods.status(pod).ordinal()]++;
        }
        int enis = 0;
        int branchEnis = 0;
        for (PlannedNode node : launched.nodes()) {
            for (EniPlan eni : node.enis) {
                if (eni.kind() == EniKind.BRANCH) {
                    branchEnis++;
                } else {
                    enis++;
                }
            }
        }
        return new Totals(
                launched.nodes().size(),
                launched.nodesNotLaunched(),
                pods.size(),
                byStatus[PodStatus.Running.ordinal()],
                byStatus[PodStatus.ContainerCreating.ordinal()],
                byStatus[PodStatus.Pending.ordinal()],
                enis,
                branchEnis,
                usages.stream().mapToLong(SubnetUsage::nodeIps).sum(),
                usages.stream().mapToLong(SubnetUsage::eniPrimaryIps).sum(),
                usages.stream().mapToLong(SubnetUsage::podIps).sum(),
                usages.stream().mapToLong(SubnetUsage::warmIps).sum(),
                usages.stream().mapToLong(SubnetUsage::otherIps).sum(),
                usages.stream().mapToLong(SubnetUsage::freeIps).sum(),
                usages.stream()
                        .filter(usage -> usage.exhausted() || usage.prefixFragmented())
                        .map(SubnetUsage::name)
                        .toList());
    }
}
