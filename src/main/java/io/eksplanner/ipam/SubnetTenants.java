package io.eksplanner.ipam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The other tenants of the subnets, after the nodes (domain-rules §3): the EKS control plane's ENIs and the load
 * balancers' ENIs, one address each, counted as other IPs.
 */
final class SubnetTenants {

    private SubnetTenants() {}

    /**
     * The control plane's {@link IpPlanner#CONTROL_PLANE_ENIS} ENIs, round-robin over the control-plane subnets: those
     * named, or by default every subnet that is not an ENIConfig pod subnet.
     */
    static void reserveControlPlaneEnis(List<String> controlPlaneSubnets, SubnetSpaces spaces) {
        var controlPlane = new ArrayList<SubnetSpace>();
        if (controlPlaneSubnets.isEmpty()) {
            spaces.inOrder().stream()
                    .filter(space -> !space.subnet.isPodSubnet())
                    .forEach(controlPlane::add);
        } else {
            for (String name : controlPlaneSubnets) {
                var space = spaces.named(name);
                if (space != null && !controlPlane.contains(space)) {
                    controlPlane.add(space);
                }
            }
        }
        for (int eni = 0; eni < IpPlanner.CONTROL_PLANE_ENIS && !controlPlane.isEmpty(); eni++) {
            var space = controlPlane.get(eni % controlPlane.size());
            if (space.take() >= 0) {
                space.otherIps++;
            }
        }
    }

    /** One address per load-balancer ENI in each subnet the load balancers are in, counted as other IPs. */
    static void reserveLoadBalancerEnis(Map<String, Integer> enisBySubnet, SubnetSpaces spaces) {
        enisBySubnet.forEach((name, count) -> {
            var space = spaces.named(name);
            for (int eni = 0; space != null && eni < count; eni++) {
                if (space.take() >= 0) {
                    space.otherIps++;
                }
            }
        });
    }
}
