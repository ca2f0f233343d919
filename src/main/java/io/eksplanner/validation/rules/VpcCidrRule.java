package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.VPC_CIDR_AVOIDED_RANGE;
import static io.eksplanner.validation.FindingCode.VPC_CIDR_CGNAT_PRIMARY;
import static io.eksplanner.validation.FindingCode.VPC_CIDR_INVALID;
import static io.eksplanner.validation.FindingCode.VPC_CIDR_MISSING;
import static io.eksplanner.validation.FindingCode.VPC_CIDR_PUBLIC_RANGE;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.List;

/** Checks each VPC CIDR block on its own: present, well-sized, in canonical form, and in a range AWS accepts. */
final class VpcCidrRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §2.1–2.5 and §2.7 (link-local), rules R05–R06; src/docs/domain-rules.md §2.

    // AWS's bounds for VPC and subnet blocks alike (src/docs/reference/eks-vpc.md §2.1, 2.5, 2.9); SubnetCidrRule
    // shares them.
    static final int SHORTEST_PREFIX = 16;
    static final int LONGEST_PREFIX = 28;

    @Override
    public void check(ValidationContext context, Findings findings) {
        List<Ipv4Cidr> blocks = context.topology().vpc().cidrBlocks();
        var existing = context.topology().vpc().id();
        if (blocks.isEmpty() && existing != null) {
            // An existing VPC's CIDR lives in AWS: eksctl reads it there (pkg/vpc/vpc.go importVPC, commit 99984adb),
            // as examples/36-outposts-vpc.yaml expects. Unknown here, not missing: a warning.
            findings.add(
                    VPC_CIDR_MISSING,
                    Severity.WARNING,
                    JsonPath.of("vpc", "cidrBlocks"),
                    "the existing VPC " + existing + " gives no IPv4 CIDR block here; eksctl reads it from AWS, the"
                            + " planner cannot, so it checks no subnet against it",
                    "look it up (aws ec2 describe-vpcs --vpc-ids " + existing + ") and add it to vpc.cidrBlocks");
            return;
        }
        if (blocks.isEmpty()) {
            findings.add(
                    VPC_CIDR_MISSING,
                    JsonPath.of("vpc", "cidrBlocks"),
                    "the VPC has no IPv4 CIDR block; a VPC must have one",
                    "add the primary block to vpc.cidrBlocks, e.g. 192.168.0.0/16 (eksctl's default)");
            return;
        }
        for (int index = 0; index < blocks.size(); index++) {
            checkBlock(blocks.get(index), JsonPath.of("vpc", "cidrBlocks", index), findings);
        }
        checkPrimaryRange(blocks.get(0), JsonPath.of("vpc", "cidrBlocks", 0), findings);
    }

    private static void checkBlock(Ipv4Cidr block, String path, Findings findings) {
        if (block.hostBitsSet()) {
            findings.add(
                    VPC_CIDR_INVALID,
                    path,
                    "VPC block " + block + " has host bits set; AWS would create " + block.normalized(),
                    "write " + block.normalized());
        }
        if (!block.hasPrefixBetween(SHORTEST_PREFIX, LONGEST_PREFIX)) {
            findings.add(
                    VPC_CIDR_INVALID,
                    path,
                    "VPC block " + block + " has prefix /" + block.prefixLength()
                            + "; AWS allows a block size between a /16 netmask (65,536 IP addresses) and a /28"
                            + " netmask (16 IP addresses)",
                    block.prefixLength() < SHORTEST_PREFIX
                            ? "use a /16, e.g. " + block.resizedTo(SHORTEST_PREFIX)
                                    + ", and add further /16 blocks as secondary blocks if you need more"
                            : "use a /28 or larger block, e.g. " + block.resizedTo(LONGEST_PREFIX));
        }
        if (block.overlaps(Ipv4Cidr.LINK_LOCAL)) {
            findings.add(
                    VPC_CIDR_INVALID,
                    path,
                    "VPC block " + block + " overlaps " + Ipv4Cidr.LINK_LOCAL
                            + ", the link-local range, which \"cannot be assigned to VPCs\"",
                    "use an RFC 1918 block such as 10.0.0.0/16 or 192.168.0.0/16");
        }
        if (block.overlaps(Ipv4Cidr.AWS_SERVICES_DOCKER)) {
            findings.add(
                    VPC_CIDR_AVOIDED_RANGE,
                    path,
                    "VPC block " + block + " overlaps " + Ipv4Cidr.AWS_SERVICES_DOCKER + ": \"Some AWS services use"
                            + " the 172.17.0.0/16 CIDR range. To avoid future conflicts, don't use this range when"
                            + " creating your VPC.\"",
                    "use another RFC 1918 block, e.g. 172.18.0.0/16 or 10.0.0.0/16");
        }
    }

    private static void checkPrimaryRange(Ipv4Cidr primary, String path, Findings findings) {
        if (Ipv4Cidr.SHARED_ADDRESS_SPACE.contains(primary)) {
            findings.add(
                    VPC_CIDR_CGNAT_PRIMARY,
                    path,
                    "primary VPC block " + primary + " lies in " + Ipv4Cidr.SHARED_ADDRESS_SPACE
                            + "; AWS then refuses every RFC 1918 secondary block (10.0.0.0/8, 172.16.0.0/12,"
                            + " 192.168.0.0/16)",
                    "make an RFC 1918 block the primary one, e.g. 10.0.0.0/16, and add " + primary.normalized()
                            + " as a secondary block, e.g. for pod subnets");
        } else if (!primary.isPrivate() && !primary.overlaps(Ipv4Cidr.LINK_LOCAL)) {
            findings.add(
                    VPC_CIDR_PUBLIC_RANGE,
                    path,
                    "primary VPC block " + primary + " is publicly routable (outside RFC 1918 and "
                            + Ipv4Cidr.SHARED_ADDRESS_SPACE + "); AWS allows it but recommends RFC 1918 ranges",
                    "keep it only if you own the range; otherwise use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16,"
                            + " e.g. 10.0.0.0/16");
        }
    }
}
