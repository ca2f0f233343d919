package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The address spaces of a topology's subnets while a plan is made: one {@link SubnetSpace} for each subnet with a
 * CIDR block, found by name as the topology names them (the first subnet of a name; none if that one has no CIDR).
 */
final class SubnetSpaces {

    private final SubnetSpace[] byIndex;
    private final List<SubnetSpace> withCidr = new ArrayList<>();
    private final Map<String, Integer> firstIndexByName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    SubnetSpaces(List<Subnet> subnets) {
        this.byIndex = new SubnetSpace[subnets.size()];
        for (int i = 0; i < subnets.size(); i++) {
            var subnet = subnets.get(i);
            names.add(subnet.name());
            firstIndexByName.putIfAbsent(subnet.name(), i);
            if (subnet.cidr() != null) {
                byIndex[i] = new SubnetSpace(i, subnet);
                withCidr.add(byIndex[i]);
            }
        }
    }

    /** The space of the first subnet named {@code name}, or null where there is none or it has no CIDR. */
    SubnetSpace named(String name) {
        var index = firstIndexByName.get(name);
        return index == null ? null : byIndex[index];
    }

    /** Every subnet with a CIDR block, in the topology's order. */
    List<SubnetSpace> inOrder() {
        return withCidr;
    }

    /**
     * Where each name's subnet is in {@link #inOrder}: the first subnet of the name, and no entry where that one has no
     * CIDR, as {@link #named} finds them.
     */
    Map<String, Integer> positionsByName() {
        var positions = new HashMap<String, Integer>();
        for (int position = 0; position < withCidr.size(); position++) {
            var space = withCidr.get(position);
            if (firstIndexByName.get(space.name()) == space.index) {
                positions.put(space.name(), position);
            }
        }
        return positions;
    }

    /** Every subnet's name, CIDR or not, by its index in the topology. */
    List<String> names() {
        return names;
    }
}
