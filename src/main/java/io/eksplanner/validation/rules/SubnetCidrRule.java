package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.SUBNET_CIDR_INVALID;
import static io.eksplanner.validation.FindingCode.SUBNET_CIDR_MISSING;
import static io.eksplanner.validation.FindingCode.SUBNET_OUTSIDE_VPC;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.List;
import java.util.stream.Collectors;

/** Checks each subnet's CIDR block: given, well-sized, in canonical form, and inside one of the VPC's blocks. */
final class SubnetCidrRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §2.9–2.11 and §9 R05, R07 (Amazon VPC User Guide, subnet sizing; EC2
    // CreateSubnet).

    @Override
    public void check(ValidationContext context, Findings findings) {
        List<Ipv4Cidr> vpcBlocks = context.topology().vpc().cidrBlocks();
        List<Subnet> subnets = context.topology().subnets();
        for (int index = 0; index < subnets.size(); index++) {
            Subnet subnet = subnets.get(index);
            String path = JsonPath.of("subnets", index, "cidr");
            Ipv4Cidr cidr = subnet.cidr();
            if (cidr == null) {
                findings.add(
                        SUBNET_CIDR_MISSING,
                        path,
                        "subnet " + subnet.name() + " has no CIDR block, so the planner cannot check its size,"
                                + " its place in the VPC or its overlaps",
                        "give subnet " + subnet.name() + " its IPv4 CIDR block, a /16 to /28 inside the VPC");
                continue;
            }
            checkForm(subnet, cidr, path, findings);
            if (!vpcBlocks.isEmpty() && vpcBlocks.stream().noneMatch(block -> block.contains(cidr))) {
                findings.add(
                        SUBNET_OUTSIDE_VPC,
                        path,
                        "subnet " + subnet.name() + " " + cidr + " is not inside any VPC CIDR block ("
                                + vpcBlocks.stream().map(Ipv4Cidr::toString).collect(Collectors.joining(", "))
                                + ")",
                        "give subnet " + subnet.name() + " a block inside "
                                + vpcBlocks.get(0).normalized() + ", or add a VPC block that contains "
                                + cidr.normalized() + " to vpc.cidrBlocks");
            }
        }
    }

    private static void checkForm(Subnet subnet, Ipv4Cidr cidr, String path, Findings findings) {
        if (cidr.hostBitsSet()) {
            findings.add(
                    SUBNET_CIDR_INVALID,
                    path,
                    "subnet " + subnet.name() + " " + cidr + " has host bits set; AWS would create "
                            + cidr.normalized(),
                    "write " + cidr.normalized());
        }
        if (!cidr.hasPrefixBetween(VpcCidrRule.SHORTEST_PREFIX, VpcCidrRule.LONGEST_PREFIX)) {
            findings.add(
                    SUBNET_CIDR_INVALID,
                    path,
                    "subnet " + subnet.name() + " " + cidr + " has prefix /" + cidr.prefixLength()
                            + "; a subnet's \"allowed block size is between a /28 netmask and /16 netmask\"",
                    cidr.prefixLength() < VpcCidrRule.SHORTEST_PREFIX
                            ? "split it into subnets of /16 or smaller, e.g. "
                                    + cidr.resizedTo(VpcCidrRule.SHORTEST_PREFIX)
                            : "use a /28 or larger block, e.g. " + cidr.resizedTo(VpcCidrRule.LONGEST_PREFIX));
        }
    }
}
