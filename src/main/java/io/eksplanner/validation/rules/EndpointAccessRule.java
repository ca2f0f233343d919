package io.eksplanner.validation.rules;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/**
 * Checks the API endpoint's access mode: one endpoint at least, a warning for private-only, and the VPC DNS
 * attributes the private endpoint needs.
 */
final class EndpointAccessRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §4.1, §8.3, R09. Defaults: EKS's endpoint flags (public on, private off) and
    // CreateVpc's DNS
    // attributes (enableDnsSupport true, enableDnsHostnames false).

    @Override
    public void check(ValidationContext context, Findings findings) {
        var access = context.topology().endpointAccess();
        if (!access.publicEnabled() && !access.privateEnabled()) {
            findings.add(
                    FindingCode.ENDPOINT_ACCESS_NONE,
                    "endpointAccess",
                    "publicAccess and privateAccess are both false; eksctl refuses it with \"Kubernetes API access"
                            + " must have one of public or private clusterEndpoints enabled\"",
                    "set privateAccess true (recommended), or publicAccess true");
            return;
        }
        // On Outposts private-only is the only choice, and eksctl does not warn about it (pkg/ctl/create/cluster.go,
        // commit 99984adb); OutpostRule reports a public endpoint there.
        if (!access.publicEnabled() && !context.topology().onOutposts()) {
            findings.add(
                    FindingCode.ENDPOINT_PRIVATE_ONLY,
                    "endpointAccess",
                    "publicAccess is false and privateAccess true: the API is reachable only from the VPC or a"
                            + " connected network; eksctl warns \"having public access disallowed will subsequently"
                            + " interfere with some features of eksctl\"",
                    "run kubectl, eksctl and CI inside the VPC (or over VPN/Direct Connect), or set publicAccess"
                            + " true with restricted publicAccessCidrs");
        }
        if (access.privateEnabled()) {
            checkPrivateDns(context, findings);
        }
    }

    private static void checkPrivateDns(ValidationContext context, Findings findings) {
        var vpc = context.topology().vpc();
        boolean dnsHostnames = vpc.enableDnsHostnames() != null && vpc.enableDnsHostnames();
        boolean dnsSupport = vpc.enableDnsSupport() == null || vpc.enableDnsSupport();
        if (!dnsHostnames && vpc.enableDnsHostnames() == null && vpc.id() != null) {
            // An existing VPC's attribute lives in AWS (eksctl reads it there, pkg/vpc/vpc.go importVPC): unknown here.
            findings.add(
                    FindingCode.ENDPOINT_PRIVATE_DNS,
                    Severity.WARNING,
                    "vpc.enableDnsHostnames",
                    "the private API endpoint is enabled and the existing VPC " + vpc.id() + "'s enableDnsHostnames"
                            + " is not given; \"your VPC must have enableDnsHostnames and enableDnsSupport set to"
                            + " true\"",
                    "check it (aws ec2 describe-vpc-attribute --attribute enableDnsHostnames) and set"
                            + " vpc.enableDnsHostnames");
        } else if (!dnsHostnames) {
            findings.add(
                    FindingCode.ENDPOINT_PRIVATE_DNS,
                    "vpc.enableDnsHostnames",
                    "the private API endpoint is enabled but enableDnsHostnames is "
                            + (vpc.enableDnsHostnames() == null ? "not set (a new VPC has it off)" : "false")
                            + "; \"your VPC must have enableDnsHostnames and enableDnsSupport set to true\"",
                    "set vpc.enableDnsHostnames true");
        }
        if (!dnsSupport) {
            findings.add(
                    FindingCode.ENDPOINT_PRIVATE_DNS,
                    "vpc.enableDnsSupport",
                    "the private API endpoint is enabled but enableDnsSupport is false; \"your VPC must have"
                            + " enableDnsHostnames and enableDnsSupport set to true\"",
                    "set vpc.enableDnsSupport true");
        }
    }
}
