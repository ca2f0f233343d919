package io.eksplanner.validation;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.common.Deadline;
import io.eksplanner.ipam.IpPlans;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules read: the topology, the instance-type catalogue, the plans the caller made, and lookups derived once
 * per run (subnets by name, the control-plane subnets). Public: {@code planning} and {@code validation.rules} use it.
 */
public final class ValidationContext {

    private final ClusterTopology topology;
    private final InstanceTypeCatalog instanceTypes;
    private final Map<String, Integer> subnetIndex = new HashMap<>();
    private final ValidationPlans plans;
    private final Deadline deadline;

    /** A context over {@code topology} whose rules read {@code plans}, made once by the caller. */
    public ValidationContext(ClusterTopology topology, InstanceTypeCatalog instanceTypes, ValidationPlans plans) {
        this(topology, instanceTypes, plans, Deadline.NONE);
    }

    /** The same, for a validation that must be finished by {@code deadline}. */
    public ValidationContext(
            ClusterTopology topology, InstanceTypeCatalog instanceTypes, ValidationPlans plans, Deadline deadline) {
        this.deadline = deadline;
        this.topology = topology;
        this.instanceTypes = instanceTypes;
        this.plans = plans;
        for (int index = 0; index < topology.subnets().size(); index++) {
            subnetIndex.putIfAbsent(topology.subnets().get(index).name(), index);
        }
    }

    public ClusterTopology topology() {
        return topology;
    }

    /** When this validation must be finished; the engine checks it before every rule. */
    public Deadline deadline() {
        return deadline;
    }

    public InstanceTypeCatalog instanceTypes() {
        return instanceTypes;
    }

    /** The IP plans at desired and at maximum size, as the caller made them. */
    public IpPlans plans() {
        return plans.ipPlans();
    }

    /** The load balancers of the topology at desired size, as the caller made them. */
    public List<LoadBalancerPlan> loadBalancers() {
        return plans.loadBalancers();
    }

    /** The index in {@code subnets} of the subnet of that name. */
    public Optional<Integer> subnetIndex(String name) {
        return Optional.ofNullable(subnetIndex.get(name));
    }

    /** The subnet of that name. */
    public Optional<Subnet> subnet(String name) {
        return subnetIndex(name).map(topology.subnets()::get);
    }

    /**
     * The subnets handed to EKS for its control-plane network interfaces: those {@code controlPlaneSubnets} names
     * (unknown names are left out), or, when it is empty, every subnet that is not a pod subnet
     * (src/docs/domain-rules.md §1).
     */
    public List<Subnet> controlPlaneSubnets() {
        var subnets = new ArrayList<Subnet>();
        if (topology.controlPlaneSubnets().isEmpty()) {
            topology.subnets().stream().filter(subnet -> !subnet.isPodSubnet()).forEach(subnets::add);
        } else {
            topology.controlPlaneSubnets().forEach(name -> subnet(name).ifPresent(subnets::add));
        }
        return subnets;
    }

    /**
     * Where each node group places nodes: one entry per group and distinct known subnet it names, in document order,
     * with the JSON path of that subnet's entry in the group ({@code nodeGroups[0].subnets[1]}).
     */
    public List<NodePlacement> nodePlacements() {
        var placements = new ArrayList<NodePlacement>();
        var nodeGroups = topology.nodeGroups();
        for (int group = 0; group < nodeGroups.size(); group++) {
            var names = nodeGroups.get(group).subnets();
            var seen = new HashSet<String>();
            for (int entry = 0; entry < names.size(); entry++) {
                var name = names.get(entry);
                if (seen.add(name)) {
                    var index = group;
                    var path = JsonPath.of("nodeGroups", group, "subnets", entry);
                    subnet(name)
                            .ifPresent(
                                    subnet -> placements.add(new NodePlacement(nodeGroups.get(index), subnet, path)));
                }
            }
        }
        return placements;
    }

    /** A node group placing nodes in a subnet, and the path of that subnet's entry in the group. */
    public record NodePlacement(NodeGroup nodeGroup, Subnet subnet, String path) {}

    /** The JSON path the control-plane subnets are given at: the explicit list, or all subnets. */
    public String controlPlaneSubnetsPath() {
        return topology.controlPlaneSubnets().isEmpty() ? "subnets" : "controlPlaneSubnets";
    }
}
