package io.eksplanner.validation.rules;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.List;

/**
 * Checks the public endpoint's access CIDRs: at most 40, none in a reserved range, and, when nodes reach the API
 * over the internet, a reminder that the list must cover their egress addresses.
 */
final class PublicAccessCidrsRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §4.1 ("The blocks cannot include reserved addresses"; EKS-API VpcConfigRequest), §7
    // (quota of 40,
    // not adjustable), R09.

    private static final int MAX_CIDRS = 40;

    private record ReservedRange(Ipv4Cidr block, String meaning) {}

    private static final List<ReservedRange> RESERVED = List.of(
            new ReservedRange(Ipv4Cidr.parse("0.0.0.0/8"), "this network"),
            new ReservedRange(Ipv4Cidr.parse("127.0.0.0/8"), "loopback"),
            new ReservedRange(Ipv4Cidr.parse("169.254.0.0/16"), "link-local"),
            new ReservedRange(Ipv4Cidr.parse("224.0.0.0/4"), "multicast"),
            new ReservedRange(Ipv4Cidr.parse("240.0.0.0/4"), "reserved for future use"));

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        var cidrs = topology.endpointAccess().publicAccessCidrs();
        if (cidrs.size() > MAX_CIDRS) {
            findings.add(
                    FindingCode.ENDPOINT_PUBLIC_CIDRS,
                    "endpointAccess.publicAccessCidrs",
                    cidrs.size() + " public access CIDRs; EKS allows at most " + MAX_CIDRS
                            + " per cluster (a quota that cannot be raised)",
                    "merge adjacent blocks or remove " + (cidrs.size() - MAX_CIDRS) + " of them");
        }
        for (int index = 0; index < cidrs.size(); index++) {
            var cidr = cidrs.get(index);
            for (ReservedRange reserved : RESERVED) {
                if (reserved.block().contains(cidr)) {
                    findings.add(
                            FindingCode.ENDPOINT_PUBLIC_CIDRS,
                            JsonPath.of("endpointAccess.publicAccessCidrs", index),
                            "public access CIDR " + cidr + " lies in " + reserved.block() + " (" + reserved.meaning()
                                    + "); EKS refuses it: \"The blocks cannot include reserved addresses\"",
                            "remove " + cidr + " and list the public addresses your clients and nodes connect from");
                    break;
                }
            }
        }
        checkNodesCovered(context, findings);
    }

    private static void checkNodesCovered(ValidationContext context, Findings findings) {
        var topology = context.topology();
        var access = topology.endpointAccess();
        var cidrs = access.publicAccessCidrs();
        boolean restricted = !cidrs.isEmpty() && cidrs.stream().noneMatch(cidr -> cidr.prefixLength() == 0);
        if (access.publicEnabled()
                && !access.privateEnabled()
                && restricted
                && !topology.nodeGroups().isEmpty()) {
            findings.add(
                    FindingCode.ENDPOINT_PUBLIC_CIDRS_NODES,
                    "endpointAccess.publicAccessCidrs",
                    "only the public API endpoint is enabled and publicAccessCidrs is restricted to "
                            + describe(cidrs) + ", so the "
                            + topology.nodeGroups().size() + " node group(s) reach the API over the"
                            + " internet and are refused unless their egress addresses are listed",
                    "add the NAT gateways' Elastic IPs (and public subnets' node addresses) to publicAccessCidrs, or"
                            + " set privateAccess true");
        }
    }

    private static String describe(List<Ipv4Cidr> cidrs) {
        var shown = cidrs.stream().limit(3).map(Ipv4Cidr::toString).toList();
        return String.join(", ", shown) + (cidrs.size() > shown.size() ? " and " + (cidrs.size() - 3) + " more" : "");
    }
}
