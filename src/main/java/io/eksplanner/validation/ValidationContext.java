package io.eksplanner.validation;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules read: the topology, the instance-type catalogue, and lookups derived once per run (subnets by
 * name, the control-plane subnets).
 */
public final class ValidationContext {

    private final ClusterTopology topology;
    private final InstanceTypeCatalog instanceTypes;
    private final Map<String, Integer> subnetIndex = new HashMap<>();

    public ValidationContext(ClusterTopology topology, InstanceTypeCatalog instanceTypes) {
        this.topology = topology;
        this.instanceTypes = instanceTypes;
        for (int index = 0; index < topology.subnets().size(); index++) {
            subnetIndex.putIfAbsent(topology.subnets().get(index).name(), index);
        }
    }

    public ClusterTopology topology() {
        return topology;
    }

    public InstanceTypeCatalog instanceTypes() {
        return instanceTypes;
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
     * (unknown names are left out), or, when it is empty, every subnet that is not a pod subnet (domain-rules §1).
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

    /** The JSON path the control-plane subnets are given at: the explicit list, or all subnets. */
    public String controlPlaneSubnetsPath() {
        return topology.controlPlaneSubnets().isEmpty() ? "subnets" : "controlPlaneSubnets";
    }
}
