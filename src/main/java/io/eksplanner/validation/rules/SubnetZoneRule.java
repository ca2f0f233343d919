package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ZoneName;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.HashSet;

/**
 * Checks each subnet's zone: that it is given, lies in the cluster's region, and is no Local or Wavelength Zone
 * when the subnet is a control-plane subnet.
 */
final class SubnetZoneRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §1.1, §1.6–1.7, R04; src/docs/domain-rules.md §2 (SUBNET_AZ_REGION,
    // SUBNET_AZ_UNKNOWN).

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        var subnets = topology.subnets();
        for (int index = 0; index < subnets.size(); index++) {
            var subnet = subnets.get(index);
            var path = JsonPath.of("subnets", index, "availabilityZone");
            if (isMissing(subnet.availabilityZone()) && lookup(topology, subnet) != null) {
                findings.add(
                        FindingCode.SUBNET_AZ_UNKNOWN,
                        path,
                        "subnet " + subnet.name() + " has no availabilityZone; eksctl looks it up in AWS ("
                                + lookup(topology, subnet) + "), the planner cannot, so it counts the subnet in no AZ"
                                + " for the control plane, node groups or load balancers",
                        "look the AZ up (aws ec2 describe-subnets) and set availabilityZone");
            } else if (isMissing(subnet.availabilityZone())) {
                findings.add(
                        FindingCode.SUBNET_AZ_MISSING,
                        path,
                        "subnet " + subnet.name() + " has no availabilityZone, so the planner cannot count its AZ"
                                + " for the control plane, node groups or load balancers",
                        "set availabilityZone to the subnet's AZ"
                                + (topology.region() == null ? "" : ", e.g. " + topology.region() + "a"));
            } else if (topology.region() != null
                    && !ZoneName.isInRegion(subnet.availabilityZone(), topology.region())) {
                findings.add(
                        FindingCode.SUBNET_AZ_REGION,
                        path,
                        "subnet " + subnet.name() + " is in " + subnet.availabilityZone()
                                + ", which is not a zone of the cluster's region " + topology.region(),
                        "use an AZ of " + topology.region() + " such as " + topology.region() + "a, or correct region");
            }
        }
        checkLocalZones(context, findings);
    }

    private static void checkLocalZones(ValidationContext context, Findings findings) {
        var topology = context.topology();
        if (topology.controlPlaneSubnets().isEmpty()) {
            var subnets = topology.subnets();
            for (int index = 0; index < subnets.size(); index++) {
                var subnet = subnets.get(index);
                if (!subnet.isPodSubnet()) {
                    reportLocalZone(
                            subnet,
                            JsonPath.of("subnets", index, "availabilityZone"),
                            "list only regional subnets in controlPlaneSubnets, or move subnet " + subnet.name()
                                    + " to an Availability Zone",
                            findings);
                }
            }
            return;
        }
        var seen = new HashSet<String>();
        var names = topology.controlPlaneSubnets();
        for (int index = 0; index < names.size(); index++) {
            var name = names.get(index);
            if (seen.add(name)) {
                var path = JsonPath.of("controlPlaneSubnets", index);
                context.subnet(name)
                        .ifPresent(subnet -> reportLocalZone(
                                subnet,
                                path,
                                "remove " + name + " from controlPlaneSubnets and name subnets in Availability"
                                        + " Zones instead",
                                findings));
            }
        }
    }

    private static void reportLocalZone(Subnet subnet, String path, String hint, Findings findings) {
        ZoneName.parse(subnet.availabilityZone())
                .filter(ZoneName::isLocalOrWavelength)
                .ifPresent(zone -> findings.add(
                        FindingCode.SUBNET_LOCAL_ZONE,
                        path,
                        "control-plane subnet " + subnet.name() + " is in " + zone.kind() + " "
                                + subnet.availabilityZone() + "; EKS can't place network interfaces there ("
                                + quote(zone) + ")",
                        hint));
    }

    private static String quote(ZoneName zone) {
        return zone.isWavelength()
                ? "\"The subnets can't reside in AWS Outposts or AWS Wavelength\""
                : "\"you must not specify Local Zone subnets when you create your cluster\"";
    }

    /**
     * How AWS finds the subnet whose AZ the topology lacks, as eksctl asks it (pkg/vpc/vpc.go
     * importSubnetsForTopology, describeSubnets; pkg/ctl/create/cluster.go for the Outpost's AZ; commit 99984adb): by
     * its id, by its CIDR in the VPC {@code vpc.id} names, or, for a subnet on the control plane's Outpost, from the
     * Outpost; null when nothing says where to look.
     */
    private static String lookup(ClusterTopology topology, Subnet subnet) {
        if (subnet.id() != null) {
            return "DescribeSubnets for the id " + subnet.id();
        }
        if (subnet.cidr() != null && topology.vpc().id() != null) {
            return "DescribeSubnets for the CIDR " + subnet.cidr() + " in "
                    + topology.vpc().id();
        }
        if (topology.onOutposts()) {
            return "the AZ of the Outpost " + topology.outpost().controlPlaneOutpostArn();
        }
        return null;
    }

    private static boolean isMissing(String zone) {
        return zone == null || zone.isBlank();
    }
}
