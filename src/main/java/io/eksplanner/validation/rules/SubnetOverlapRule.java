package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.SUBNET_OVERLAP;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Checks that no two subnets' CIDR blocks share an address. */
final class SubnetOverlapRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §2.10, R07: "the CIDR blocks of the subnets cannot overlap" (VPC User
    // Guide, CreateSubnet).
    // A sweep over the blocks sorted by first address keeps the one reaching furthest so far: any block starting
    // before that reach overlaps it. O(n log n), so topologies with thousands of subnets stay cheap.

    @Override
    public void check(ValidationContext context, Findings findings) {
        List<Subnet> subnets = context.topology().subnets();
        List<Integer> byFirstAddress = IntStream.range(0, subnets.size())
                .filter(index -> subnets.get(index).cidr() != null)
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(
                                index -> subnets.get(index).cidr().first())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        int furthest = -1;
        for (int index : byFirstAddress) {
            Ipv4Cidr cidr = subnets.get(index).cidr();
            if (furthest >= 0) {
                Ipv4Cidr reach = subnets.get(furthest).cidr();
                if (cidr.first() <= reach.last()) {
                    report(subnets, Math.max(index, furthest), Math.min(index, furthest), findings);
                }
                if (cidr.last() <= reach.last()) {
                    continue;
                }
            }
            furthest = index;
        }
    }

    private static void report(List<Subnet> subnets, int later, int earlier, Findings findings) {
        Subnet subnet = subnets.get(later);
        Subnet other = subnets.get(earlier);
        Ipv4Cidr otherCidr = other.cidr();
        findings.add(
                SUBNET_OVERLAP,
                JsonPath.of("subnets", later, "cidr"),
                "subnet " + subnet.name() + " " + subnet.cidr() + " overlaps subnet " + other.name() + " "
                        + otherCidr + " (" + JsonPath.of("subnets", earlier) + "); \"the CIDR blocks of the subnets"
                        + " cannot overlap\"",
                "move subnet " + subnet.name() + " out of " + other.name() + "'s addresses "
                        + Ipv4Cidr.formatAddress(otherCidr.network()) + "–"
                        + Ipv4Cidr.formatAddress((int) otherCidr.last()));
    }
}
