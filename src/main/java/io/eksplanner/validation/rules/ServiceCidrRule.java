package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.SERVICE_CIDR_INVALID;
import static io.eksplanner.validation.FindingCode.SERVICE_CIDR_OVERLAP;
import static io.eksplanner.validation.FindingCode.SERVICE_CIDR_PREDICTED;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Checks the Kubernetes service CIDR, given or the one EKS would pick, against EKS's ranges and the VPC. */
final class ServiceCidrRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §3.1–3.5 and §10.6, rule R08. The default is the one the EKS AMI's
    // bootstrap.sh derives
    // its DNS IP from: 172.20.0.0/16 when any VPC block starts with "10.", else 10.100.0.0/16.

    private static final String PATH = JsonPath.of("serviceIpv4Cidr");

    @Override
    public void check(ValidationContext context, Findings findings) {
        List<Ipv4Cidr> vpcBlocks = context.topology().vpc().cidrBlocks();
        Ipv4Cidr given = context.topology().serviceIpv4Cidr();
        if (context.topology().isIpv6()) {
            checkIpv6(given, findings);
            return;
        }
        if (given != null) {
            checkForm(given, vpcBlocks, findings);
            checkOverlap(given, "given", vpcBlocks, findings);
            return;
        }
        Optional<Ipv4Cidr> blockIn10 =
                vpcBlocks.stream().filter(Ipv4Cidr.RFC1918_10::contains).findFirst();
        Ipv4Cidr predicted = context.topology().predictedServiceIpv4Cidr();
        String why = blockIn10
                .map(block -> "VPC block " + block + " lies in 10.0.0.0/8")
                .orElse(vpcBlocks.isEmpty() ? "the VPC has no block in 10.0.0.0/8" : "no VPC block lies in 10.0.0.0/8");
        findings.add(
                SERVICE_CIDR_PREDICTED,
                PATH,
                "no serviceIpv4Cidr given: EKS will pick " + predicted + " because " + why
                        + " (it picks 172.20.0.0/16 when a VPC block lies in 10.0.0.0/8, else 10.100.0.0/16)",
                "set serviceIpv4Cidr to choose the range yourself; it cannot be changed after the cluster is"
                        + " created");
        checkOverlap(predicted, "predicted, because " + why, vpcBlocks, findings);
    }

    /**
     * An IPv6 cluster's Services take IPv6 addresses from fc00::/7, so there is no IPv4 service CIDR to predict or
     * check; one given is refused: eksctl says "service IPv4 CIDR is not supported with IPv6"
     * (eksctl-io/eksctl pkg/apis/eksctl.io/v1alpha5/validation.go:validateKubernetesNetworkConfig@99984adb6,
     * src/docs/reference/eks-vpc.md §3.7).
     */
    private static void checkIpv6(Ipv4Cidr given, Findings findings) {
        if (given != null) {
            findings.add(
                    SERVICE_CIDR_INVALID,
                    PATH,
                    "service CIDR " + given + " is given for an IPv6 cluster, whose Services get IPv6 addresses from"
                            + " fc00::/7; eksctl refuses it with \"service IPv4 CIDR is not supported with IPv6\"",
                    "remove serviceIpv4Cidr, or set ipFamily IPv4");
        }
    }

    private static void checkForm(Ipv4Cidr given, List<Ipv4Cidr> vpcBlocks, Findings findings) {
        if (!given.isPrivate()) {
            findings.add(
                    SERVICE_CIDR_INVALID,
                    PATH,
                    "service CIDR " + given + " is not within one of the private IP address blocks EKS allows:"
                            + " 10.0.0.0/8, 172.16.0.0/12, or 192.168.0.0/16",
                    "pick a block from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 that the VPC does not use, e.g. "
                            + alternativeTo(vpcBlocks));
        }
        if (given.hostBitsSet()) {
            findings.add(
                    SERVICE_CIDR_INVALID,
                    PATH,
                    "service CIDR " + given + " has host bits set; its network is " + given.normalized(),
                    "write " + given.normalized());
        }
        if (!given.hasPrefixBetween(12, 24)) {
            findings.add(
                    SERVICE_CIDR_INVALID,
                    PATH,
                    "service CIDR " + given + " has prefix /" + given.prefixLength() + "; EKS needs a size"
                            + " \"between /24 and /12\"",
                    "use " + given.resizedTo(given.prefixLength() < 12 ? 12 : 24));
        }
    }

    private static void checkOverlap(Ipv4Cidr serviceCidr, String origin, List<Ipv4Cidr> vpcBlocks, Findings findings) {
        List<String> overlapped = new ArrayList<>();
        for (int index = 0; index < vpcBlocks.size(); index++) {
            if (serviceCidr.overlaps(vpcBlocks.get(index))) {
                overlapped.add(vpcBlocks.get(index) + " (" + JsonPath.of("vpc", "cidrBlocks", index) + ")");
            }
        }
        if (overlapped.isEmpty()) {
            return;
        }
        findings.add(
                SERVICE_CIDR_OVERLAP,
                PATH,
                "service CIDR " + serviceCidr + " (" + origin + ") overlaps VPC block "
                        + String.join(", ", overlapped)
                        + "; it must not overlap \"with any CIDR block assigned to the VPC\"",
                "set serviceIpv4Cidr to a private block the VPC does not use, e.g. " + alternativeTo(vpcBlocks));
    }

    /** A default-sized service CIDR that overlaps no VPC block, to suggest. */
    private static String alternativeTo(List<Ipv4Cidr> vpcBlocks) {
        return Stream.of(
                        ClusterTopology.DEFAULT_SERVICE_CIDR,
                        ClusterTopology.DEFAULT_SERVICE_CIDR_BESIDE_10,
                        Ipv4Cidr.parse("192.168.0.0/16"))
                .filter(candidate -> vpcBlocks.stream().noneMatch(candidate::overlaps))
                .map(Ipv4Cidr::toString)
                .findFirst()
                .orElse("a /16 from 10.0.0.0/8 outside the VPC's blocks");
    }
}
