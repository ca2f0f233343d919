package io.eksplanner.ipam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The other tenants of the subnets, after the nodes (src/docs/domain-rules.md §3): the EKS control plane's ENIs and the
 * load balancers' ENIs, one address each, counted as other IPs. They come last and only count: which address each takes
 * changes none of the plan's figures (see {@link SubnetTally}).
 */
final class SubnetTenants {

    private SubnetTenants() {}

    /**
     * The control plane's {@link IpPlanner#CONTROL_PLANE_ENIS} ENIs, round-robin over the control-plane subnets: those
     * named, or by default every subnet that is not an ENIConfig pod subnet.
     */
    static List<SubnetTally> withControlPlaneEnis(
            List<SubnetTally> subnets, List<String> controlPlaneSubnets, Map<String, Integer> positions) {
        var controlPlane = new ArrayList<Integer>();
        if (controlPlaneSubnets.isEmpty()) {
            for (int position = 0; position < subnets.size(); position++) {
                if (!subnets.get(position).subnet().isPodSubnet()) {
                    controlPlane.add(position);
                }
            }
        } else {
            for (String name : controlPlaneSubnets) {
                var position = positions.get(name);
                if (position != null && !controlPlane.contains(position)) {
                    controlPlane.add(position);
                }
            }
        }
        var enis = new int[subnets.size()];
        for (int eni = 0; eni < IpPlanner.CONTROL_PLANE_ENIS && !controlPlane.isEmpty(); eni++) {
            enis[controlPlane.get(eni % controlPlane.size())]++;
        }
        return withOtherTenants(subnets, enis);
    }

    /** One address per load-balancer ENI in each subnet the load balancers are in, counted as other IPs. */
    static List<SubnetTally> withLoadBalancerEnis(
            List<SubnetTally> subnets, Map<String, Integer> enisBySubnet, Map<String, Integer> positions) {
        var enis = new int[subnets.size()];
        enisBySubnet.forEach((name, count) -> {
            var position = positions.get(name);
            if (position != null) {
                enis[position] += Math.max(0, count);
            }
        });
        return withOtherTenants(subnets, enis);
    }

    private static List<SubnetTally> withOtherTenants(List<SubnetTally> subnets, int[] enis) {
        var tallies = new ArrayList<SubnetTally>(subnets.size());
        for (int position = 0; position < subnets.size(); position++) {
            tallies.add(subnets.get(position).withOtherTenants(enis[position]));
        }
        return tallies;
    }
}
