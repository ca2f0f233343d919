package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;

/** Checks that every public subnet holding nodes gives them a public IPv4 address on launch. */
final class NodePublicIpRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §1a ("the subnet must auto-assign IPv4 public addresses"), §5.2–5.3 and the
    // eksctl message
    // of §8.3 (pkg/vpc/vpc.go:738), R11. A subnet that does not say is taken as not mapping: AWS creates subnets
    // with MapPublicIpOnLaunch false.

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (var placement : context.nodePlacements()) {
            var subnet = placement.subnet();
            var name = subnet.name();
            if (subnet.type() != SubnetType.PUBLIC || Boolean.TRUE.equals(subnet.mapPublicIpOnLaunch())) {
                continue;
            }
            String setting = subnet.mapPublicIpOnLaunch() == null
                    ? "mapPublicIpOnLaunch not set, AWS's default false"
                    : "mapPublicIpOnLaunch false";
            String eksctlName = subnet.id() != null ? subnet.id() : subnet.name();
            findings.add(
                    FindingCode.NODE_PUBLIC_IP_MISSING,
                    placement.path(),
                    "node group " + placement.nodeGroup().name() + " places nodes in public subnet " + name + " ("
                            + setting + "), so they get no public IPv4 address and cannot join the cluster; eksctl:"
                            + " found mis-configured or non-public subnets [\"" + eksctlName + "\"]. Expected public"
                            + " subnets with property \"MapPublicIpOnLaunch\" enabled. Without it new nodes won't"
                            + " get an IP assigned",
                    "set mapPublicIpOnLaunch to true on " + name + " (aws ec2 modify-subnet-attribute"
                            + " --subnet-id " + (subnet.id() != null ? subnet.id() : "<id of " + name + ">")
                            + " --map-public-ip-on-launch), or place the nodes in private subnets with a NAT"
                            + " gateway");
        }
    }
}
