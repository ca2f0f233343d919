package io.eksplanner.ipam;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.IpPlan.Totals;
import io.eksplanner.ipam.NodeLauncher.LaunchedNodes;
import io.eksplanner.ipam.NodeLayout.LayoutCounts;
import io.eksplanner.ipam.SubnetTally.GroupFootprint;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link IpPlan} of a planned topology: first the {@link NodeLayout} (nodes by IP with their ENIs, pods renumbered
 * to those nodes, each subnet's figures after the nodes and the control plane), then, with the load balancers' ENIs,
 * each subnet's usage and headroom, and the totals.
 */
final class PlanAssembler {

    private final InstanceTypeCatalog catalog;
    private final ClusterTopology topology;

    PlanAssembler(InstanceTypeCatalog catalog, ClusterTopology topology) {
        this.catalog = catalog;
        this.topology = topology;
    }

    /** The layout of the launched nodes once their ENIs have their addresses; {@code pods} are renumbered. */
    NodeLayout layOut(Scenario scenario, LaunchedNodes launched, PodTable pods, SubnetSpaces spaces) {
        var nodes = nodePlans(launched, pods);
        var footprints = footprints(launched);
        var subnets = new ArrayList<SubnetTally>();
        for (SubnetSpace space : spaces.inOrder()) {
            subnets.add(SubnetTally.of(space, footprintsIn(space.name(), footprints)));
        }
        var positions = spaces.positionsByName();
        var afterControlPlane = SubnetTenants.withControlPlaneEnis(subnets, topology.controlPlaneSubnets(), positions);
        return new NodeLayout(
                scenario, nodes, pods, launched.groups(), counts(launched, pods), afterControlPlane, positions);
    }

    /** The plan of {@code layout} with its subnets as the load balancers left them. */
    static IpPlan plan(NodeLayout layout, List<SubnetTally> subnets) {
        var usages = subnets.stream().map(SubnetTally::usage).toList();
        return new IpPlan(layout, totals(layout, usages), usages);
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

    /**
     * The footprint of each group that names the subnet: its nodes' largest, or for a group without nodes one ENI's
     * addresses of its instance type (1 where the type is unknown).
     */
    private List<GroupFootprint> footprintsIn(String subnet, long[] footprints) {
        var inSubnet = new ArrayList<GroupFootprint>();
        var groups = topology.nodeGroups();
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).subnets().contains(subnet)) {
                continue;
            }
            long footprint = footprints[g];
            if (footprint == 0) {
                var type = catalog.find(String.valueOf(groups.get(g).instanceType()))
                        .orElse(null);
                footprint = type == null ? 1 : type.ipv4PerEni();
            }
            inSubnet.add(new GroupFootprint(groups.get(g).name(), footprint));
        }
        return inSubnet;
    }

    private static LayoutCounts counts(LaunchedNodes launched, PodTable pods) {
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
        return new LayoutCounts(
                launched.nodes().size(),
                launched.nodesNotLaunched(),
                byStatus[PodStatus.Running.ordinal()],
                byStatus[PodStatus.ContainerCreating.ordinal()],
                byStatus[PodStatus.Pending.ordinal()],
                enis,
                branchEnis);
    }

    private static Totals totals(NodeLayout layout, List<SubnetUsage> usages) {
        var counts = layout.counts();
        return new Totals(
                counts.nodes(),
                counts.nodesNotLaunched(),
                layout.pods().size(),
                counts.running(),
                counts.containerCreating(),
                counts.pending(),
                counts.enis(),
                counts.branchEnis(),
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
