package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.POD_SUBNET_AMBIGUOUS;
import static io.eksplanner.validation.FindingCode.POD_SUBNET_MISSING;

import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeMap;

/** With custom networking, every AZ that holds nodes needs exactly one pod subnet (its ENIConfig's subnet). */
final class PodSubnetRule implements ValidationRule {

    // Follows src/docs/reference/vpc-cni.md §4.2 (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: one ENIConfig per node, its
    // subnet in the node's
    // AZ) and §6 rule 5; src/docs/domain-rules.md §3: "none or several there: a finding".

    @Override
    public void check(ValidationContext context, Findings findings) {
        var cni = context.topology().cni();
        if (cni.customNetworking() == null || !cni.customNetworking()) {
            return;
        }
        var zonePaths = new TreeMap<String, String>();
        for (var placement : context.nodePlacements()) {
            var zone = placement.subnet().availabilityZone();
            if (zone != null) {
                zonePaths.putIfAbsent(zone, placement.path());
            }
        }
        zonePaths.forEach((zone, path) -> {
            var podSubnets = new ArrayList<String>();
            context.topology().subnets().stream()
                    .filter(subnet -> subnet.isPodSubnet() && Objects.equals(subnet.availabilityZone(), zone))
                    .forEach(subnet -> podSubnets.add(subnet.name()));
            if (podSubnets.isEmpty()) {
                findings.add(
                        POD_SUBNET_MISSING,
                        path,
                        "custom networking is on but " + zone + " has nodes and no pod subnet: their pods get no IP"
                                + " (ContainerCreating)",
                        "add a subnet in " + zone + " with podSubnet true (its ENIConfig), e.g. from a 100.64.0.0/10"
                                + " secondary VPC block");
            } else if (podSubnets.size() > 1) {
                findings.add(
                        POD_SUBNET_AMBIGUOUS,
                        path,
                        "custom networking: " + zone + " has " + podSubnets.size() + " pod subnets " + podSubnets
                                + "; a node uses one ENIConfig, and the plan takes " + podSubnets.get(0),
                        "keep one pod subnet per AZ, or name the ENIConfig each node group uses");
            }
        });
    }
}
