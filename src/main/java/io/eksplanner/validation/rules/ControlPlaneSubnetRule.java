package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ZoneName;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.Severity;
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
            var subnet = context.subnet(name);
            if (subnet.isEmpty()) {
                findings.add(
                        FindingCode.CONTROL_PLANE_SUBNET_UNKNOWN,
                        JsonPath.of("controlPlaneSubnets", index),
                        "controlPlaneSubnets names subnet " + name + ", which the topology does not have",
                        "add a subnet named " + name + " to subnets, or remove it from controlPlaneSubnets");
            } else if (isKnownOnlyById(subnet.get())) {
                // eksctl hands vpc.controlPlaneSubnetIDs to EKS as they are (pkg/cfn/builder/cluster.go, commit
                // 99984adb), whether or not vpc.subnets lists them; AWS checks them, the planner cannot: a warning.
                findings.add(
                        FindingCode.CONTROL_PLANE_SUBNET_UNKNOWN,
                        Severity.WARNING,
                        JsonPath.of("controlPlaneSubnets", index),
                        "control-plane subnet " + name + " is known only by its id "
                                + subnet.get().id()
                                + ": its type, CIDR and AZ are not in the topology, so the planner cannot check where"
                                + " EKS puts its network interfaces",
                        "look the subnet up (aws ec2 describe-subnets --subnet-ids "
                                + subnet.get().id()
                                + ") and give its availabilityZone, cidr and type, or list it in vpc.subnets");
            }
        }
        if (!context.topology().onOutposts()) {
            // On Outposts one AZ is all there is: OutpostRule checks the subnets instead (eksctl's
            // HasSufficientSubnets, OutpostsMinRequiredSubnets = 1).
            checkDistinctZones(context, findings);
        }
    }

    /** A subnet the topology has only as an AWS id: no type, CIDR or AZ, as eksctl's controlPlaneSubnetIDs import. */
    private static boolean isKnownOnlyById(Subnet subnet) {
        return subnet.id() != null
                && subnet.type() == null
                && subnet.cidr() == null
                && subnet.availabilityZone() == null;
    }

    private static void checkDistinctZones(ValidationContext context, Findings findings) {
        var zones = new LinkedHashSet<String>();
        boolean localZonesLeftOut = false;
        int unknownZones = 0;
        for (Subnet subnet : context.controlPlaneSubnets()) {
            var zone = subnet.availabilityZone();
            if (zone == null) {
                boolean awsKnowsIt = subnet.id() != null
                        || subnet.cidr() != null && context.topology().vpc().id() != null;
                unknownZones += awsKnowsIt ? 1 : 0;
                continue;
            }
            // A Local or Wavelength Zone subnet is refused by EKS anyway (SubnetZoneRule), so it adds no AZ.
            if (ZoneName.isLocalOrWavelength(zone)) {
                localZonesLeftOut = true;
            } else {
                zones.add(zone);
            }
        }
        // A subnet AWS knows by id but whose AZ the topology lacks (SUBNET_AZ_UNKNOWN) may be in another AZ: the
        // count is only an error when even those cannot make two.
        if (zones.size() + unknownZones >= 2) {
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
