package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.TreeSet;

/**
 * What eksctl and EKS refuse of a cluster whose control plane is on AWS Outposts (an EKS local cluster): managed node
 * groups, a public endpoint, IPv6, and subnets off the Outpost's one AZ; at least one subnet replaces the two-AZ rule.
 */
final class OutpostRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §1.18, §8.3, R19. eksctl (github.com/eksctl-io/eksctl commit 99984adb):
    // pkg/apis/eksctl.io/v1alpha5/validation.go ValidateClusterConfig ("IPv6 is not supported on Outposts",
    // "publicAccessCIDRs is not supported on Outposts"), pkg/ctl/cmdutils/configfile.go ("Managed Nodegroups are not
    // supported on Outposts", the endpoint private-only), pkg/apis/eksctl.io/v1alpha5/vpc.go HasSufficientSubnets
    // (OutpostsMinRequiredSubnets = 1), pkg/vpc/vpc.go importSubnetsForTopology (all subnets on the control plane's
    // Outpost).

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        if (!topology.onOutposts()) {
            return;
        }
        var arn = topology.outpost().controlPlaneOutpostArn();
        checkNodeGroups(topology, findings);
        checkEndpoint(topology, findings);
        if (topology.isIpv6()) {
            findings.add(
                    FindingCode.OUTPOST_IPV6,
                    "ipFamily",
                    "the cluster is IPv6 and its control plane is on the Outpost " + arn + "; eksctl refuses it with"
                            + " \"IPv6 is not supported on Outposts\"",
                    "set ipFamily to IPv4, or run the control plane in the AWS Region");
        }
        checkSubnets(context, arn, findings);
    }

    private static void checkNodeGroups(ClusterTopology topology, Findings findings) {
        var groups = topology.nodeGroups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).isManaged()) {
                findings.add(
                        FindingCode.OUTPOST_MANAGED_NODEGROUP,
                        JsonPath.of("nodeGroups", i, "managed"),
                        "node group " + groups.get(i).name() + " is managed, and the control plane is on Outposts;"
                                + " eksctl refuses it with \"Managed Nodegroups are not supported on Outposts\"",
                        "make it a self-managed node group (managed: false, eksctl's nodeGroups)");
            }
        }
    }

    private static void checkEndpoint(ClusterTopology topology, Findings findings) {
        var access = topology.endpointAccess();
        if (access.publicEnabled() || !access.privateEnabled()) {
            findings.add(
                    FindingCode.OUTPOST_ENDPOINT_ACCESS,
                    "endpointAccess",
                    "the control plane is on Outposts with publicAccess " + access.publicEnabled() + " and"
                            + " privateAccess " + access.privateEnabled() + "; eksctl refuses it: \"the cluster"
                            + " defaults to private-endpoint-only access\"",
                    "set publicAccess false and privateAccess true");
        }
        if (!access.publicAccessCidrs().isEmpty()) {
            findings.add(
                    FindingCode.OUTPOST_ENDPOINT_ACCESS,
                    "endpointAccess.publicAccessCidrs",
                    "publicAccessCidrs " + access.publicAccessCidrs() + " are given and the control plane is on"
                            + " Outposts; eksctl refuses it with \"publicAccessCIDRs is not supported on Outposts\"",
                    "remove publicAccessCidrs");
        }
    }

    private static void checkSubnets(ValidationContext context, String arn, Findings findings) {
        var subnets = context.controlPlaneSubnets();
        if (subnets.isEmpty()) {
            findings.add(
                    FindingCode.OUTPOST_SUBNETS,
                    context.controlPlaneSubnetsPath(),
                    "the control plane is on the Outpost " + arn + " and has no subnet; eksctl refuses it with"
                            + " \"insufficient number of subnets, at least 1x public and/or 1x private subnets are"
                            + " required for Outposts\"",
                    "add a private subnet on the Outpost");
            return;
        }
        var zones = new TreeSet<String>();
        subnets.stream()
                .map(ClusterTopology.Subnet::availabilityZone)
                .filter(zone -> zone != null && !zone.isBlank())
                .forEach(zones::add);
        if (zones.size() > 1) {
            findings.add(
                    FindingCode.OUTPOST_SUBNETS,
                    context.controlPlaneSubnetsPath(),
                    "the control-plane subnets are in " + zones.size() + " AZs " + zones + ", but an Outpost sits in"
                            + " one; eksctl refuses it with \"all subnets must be on the control plane Outpost\"",
                    "use only subnets on the Outpost " + arn + ", in its AZ");
        }
    }
}
