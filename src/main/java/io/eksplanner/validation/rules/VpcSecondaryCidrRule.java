package io.eksplanner.validation.rules;

import static io.eksplanner.common.Ipv4Cidr.BENCHMARK_198_19;
import static io.eksplanner.common.Ipv4Cidr.DEFAULT_VPC;
import static io.eksplanner.common.Ipv4Cidr.RFC1918_10;
import static io.eksplanner.common.Ipv4Cidr.RFC1918_172;
import static io.eksplanner.common.Ipv4Cidr.RFC1918_192;
import static io.eksplanner.validation.FindingCode.VPC_SECONDARY_CIDR_INVALID;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.List;

/** Checks that each secondary VPC CIDR block overlaps no other block and is one AWS associates beside the primary. */
final class VpcSecondaryCidrRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §2.6–2.7 (the association matrix of the Amazon VPC User Guide), rule R06.

    /** What AWS refuses beside a primary block of one kind, and what it permits instead. */
    private record Restriction(String primaryRange, List<Ipv4Cidr> refused, String alternative) {}

    private static final Ipv4Cidr TEN_DOT_ZERO_15 = Ipv4Cidr.parse("10.0.0.0/15");
    private static final Ipv4Cidr TEN_DOT_ZERO_16 = Ipv4Cidr.parse("10.0.0.0/16");

    private static final Restriction PRIMARY_IN_10 = new Restriction(
            "10.0.0.0/8",
            List.of(RFC1918_172, RFC1918_192, BENCHMARK_198_19),
            "another block from 10.0.0.0/8, a publicly routable block, or one from 100.64.0.0/10 (e.g."
                    + " 100.64.0.0/16 for pod subnets)");
    private static final Restriction PRIMARY_IN_172 = new Restriction(
            "172.16.0.0/12",
            List.of(RFC1918_10, RFC1918_192, DEFAULT_VPC, BENCHMARK_198_19),
            "another block from 172.16.0.0/12 other than 172.31.0.0/16, a publicly routable block, or one from"
                    + " 100.64.0.0/10 (e.g. 100.64.0.0/16 for pod subnets)");
    private static final Restriction PRIMARY_IN_192 = new Restriction(
            "192.168.0.0/16",
            List.of(RFC1918_10, RFC1918_172, BENCHMARK_198_19),
            "another block from 192.168.0.0/16, a publicly routable block, or one from 100.64.0.0/10 (e.g."
                    + " 100.64.0.0/16 for pod subnets)");
    private static final Restriction PRIMARY_ELSEWHERE = new Restriction(
            "a publicly routable range or 100.64.0.0/10",
            List.of(RFC1918_10, RFC1918_172, RFC1918_192, BENCHMARK_198_19),
            "a publicly routable block or one from 100.64.0.0/10 that the VPC does not use yet");

    @Override
    public void check(ValidationContext context, Findings findings) {
        List<Ipv4Cidr> blocks = context.topology().vpc().cidrBlocks();
        if (blocks.size() < 2) {
            return;
        }
        Ipv4Cidr primary = blocks.get(0);
        Restriction restriction = restrictionFor(primary);
        for (int index = 1; index < blocks.size(); index++) {
            Ipv4Cidr secondary = blocks.get(index);
            String path = JsonPath.of("vpc", "cidrBlocks", index);
            boolean overlapsEarlier = false;
            for (int earlier = 0; earlier < index; earlier++) {
                Ipv4Cidr other = blocks.get(earlier);
                if (secondary.overlaps(other)) {
                    overlapsEarlier = true;
                    findings.add(
                            VPC_SECONDARY_CIDR_INVALID,
                            path,
                            "secondary VPC block " + secondary + " overlaps VPC block " + other + " ("
                                    + JsonPath.of("vpc", "cidrBlocks", earlier) + "); a secondary block \"must not"
                                    + " overlap with any existing CIDR block that's associated with the VPC\"",
                            "pick a block that shares no address with " + other.normalized() + " ("
                                    + Ipv4Cidr.formatAddress(other.network()) + "–"
                                    + Ipv4Cidr.formatAddress((int) other.last())
                                    + "); AWS cannot grow or shrink an existing block");
                }
            }
            if (!overlapsEarlier && restriction == PRIMARY_IN_10) {
                checkTenDotZero(blocks, index, path, findings);
            }
            for (Ipv4Cidr refused : restriction.refused()) {
                if (secondary.overlaps(refused)) {
                    findings.add(
                            VPC_SECONDARY_CIDR_INVALID,
                            path,
                            "secondary VPC block " + secondary + " overlaps " + refused + ", which AWS refuses"
                                    + " beside primary block " + primary + ": with a primary block in "
                                    + restriction.primaryRange() + ", AWS restricts " + names(restriction.refused()),
                            "use " + restriction.alternative());
                }
            }
        }
    }

    /**
     * Beside a primary block in 10.0.0.0/8: "If any CIDR block associated with the VPC is from the 10.0.0.0/15 range,
     * you cannot add a CIDR block from the 10.0.0.0/16 range" (src/docs/reference/eks-vpc.md §2.7, the Amazon VPC User
     * Guide's add-cidr-block-restrictions). Reported only for a block that overlaps no earlier one, which is reported
     * already.
     */
    private static void checkTenDotZero(List<Ipv4Cidr> blocks, int index, String path, Findings findings) {
        Ipv4Cidr secondary = blocks.get(index);
        if (!TEN_DOT_ZERO_16.contains(secondary.normalized())) {
            return;
        }
        for (int earlier = 0; earlier < index; earlier++) {
            Ipv4Cidr other = blocks.get(earlier);
            if (TEN_DOT_ZERO_15.contains(other.normalized())) {
                findings.add(
                        VPC_SECONDARY_CIDR_INVALID,
                        path,
                        "secondary VPC block " + secondary + " lies in " + TEN_DOT_ZERO_16 + " and VPC block " + other
                                + " (" + JsonPath.of("vpc", "cidrBlocks", earlier) + ") in " + TEN_DOT_ZERO_15
                                + "; AWS refuses it: \"If any CIDR block associated with the VPC is from the"
                                + " 10.0.0.0/15 range, you cannot add a CIDR block from the 10.0.0.0/16 range\"",
                        "use a block of 10.0.0.0/8 outside 10.0.0.0/16, e.g. 10.2.0.0/16, or one from 100.64.0.0/10");
                return;
            }
        }
    }

    private static Restriction restrictionFor(Ipv4Cidr primary) {
        if (RFC1918_10.contains(primary)) {
            return PRIMARY_IN_10;
        }
        if (RFC1918_172.contains(primary)) {
            return PRIMARY_IN_172;
        }
        if (RFC1918_192.contains(primary)) {
            return PRIMARY_IN_192;
        }
        return PRIMARY_ELSEWHERE;
    }

    private static String names(List<Ipv4Cidr> blocks) {
        var text = new StringBuilder();
        for (int index = 0; index < blocks.size(); index++) {
            if (index > 0) {
                text.append(index == blocks.size() - 1 ? " and " : ", ");
            }
            text.append(blocks.get(index));
        }
        return text.toString();
    }
}
