package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.LinkedHashSet;

/** Checks that controlPlaneSubnets names known subnets and that the control-plane subnets span two distinct AZs. */
final class ControlPlaneSubnetRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §1.1–1.2, R01; src/docs/domain-rules.md §1 (empty controlPlaneSubnets = every
    // non-pod subnet) and §2.

    @Override
    public void check(ValidationContext context, Findings findings) {
        var names = context.topology().controlPlaneSubnets();
        for (int index = 0; index < names.size(); index++) {
            var name = names.get(index);
            if (context.subnet(name).isEmpty()) {
                findings.add(
                        FindingCode.CONTROL_PLANE_SUBNET_UNKNOWN,
                        JsonPath.of("controlPlaneSubnets", index),
                        "controlPlaneSubnets names subnet " + name + ", which the topology does not have",
                        "add a subnet named " + name + " to subnets, or remove it from controlPlaneSubnets");
            }
        }
        checkDistinctZones(context, findings);
    }

    private static void checkDistinctZones(ValidationContext context, Findings findings) {
        var zones = new LinkedHashSet<String>();
        boolean localZonesLeftOut = false;
        for (Subnet subnet : context.controlPlaneSubnets()) {
            var zone = subnet.availabilityZone();
            if (zone == null) {
                continue;
            }
            // A Local or Wavelength Zone subnet is refused by EKS anyway (SubnetZoneRule), so it adds no AZ.
            if (ZoneName.isLocalOrWavelength(zone)) {
                localZonesLeftOut = true;
            } else {
                zones.add(zone);
            }
        }
        if (zones.size() >= 2) {
            return;
        }
        var span = zones.isEmpty()
                ? "span 0 distinct AZs"
                : "span 1 distinct AZ (" + zones.iterator().next() + ")";
        var region = context.topology().region();
        var of = region == null ? "" : " of " + region;
        var explicit = !context.topology().controlPlaneSubnets().isEmpty();
        String hint;
        if (zones.isEmpty()) {
            hint = "use at least two control-plane subnets with availabilityZone set to different AZs" + of;
        } else {
            hint = "add a subnet in another AZ" + of + (explicit ? " to controlPlaneSubnets" : "");
        }
        findings.add(
                FindingCode.SUBNET_AZ_COUNT,
                context.controlPlaneSubnetsPath(),
                "control-plane subnets " + span
                        + (localZonesLeftOut ? " (Local and Wavelength Zones do not count)" : "")
                        + "; EKS needs at least 2 and refuses the cluster with \"Subnets specified must be in at"
                        + " least two different AZs\"",
                hint);
    }
}
