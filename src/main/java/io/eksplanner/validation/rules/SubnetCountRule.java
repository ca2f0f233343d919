package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.List;

/** Checks eksctl's subnet count: at least one subnet, and of each kind either none or at least two. */
final class SubnetCountRule implements ValidationRule {

    // src/docs/reference/eks-vpc.md §8.3 (HasSufficientSubnets, vpc.go:453-489), R02. Pod subnets are not cluster
    // subnets to eksctl.

    private static final String EKSCTL_ERROR =
            "\"insufficient number of subnets, at least 2x public and/or 2x private subnets are required\"";

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.topology().onOutposts()) {
            // HasSufficientSubnets asks an Outposts cluster for one subnet of any kind: OutpostRule checks it.
            return;
        }
        var subnets = context.topology().subnets().stream()
                .filter(subnet -> !subnet.isPodSubnet())
                .toList();
        if (subnets.isEmpty()) {
            findings.add(
                    FindingCode.SUBNET_COUNT,
                    "subnets",
                    "the cluster has no subnets (pod subnets aside); eksctl refuses it with " + EKSCTL_ERROR,
                    "add at least two subnets in different AZs, e.g. two PRIVATE subnets");
            return;
        }
        var counts = new ArrayList<String>();
        var fixes = new ArrayList<String>();
        for (SubnetType type : SubnetType.values()) {
            var ofType = names(subnets, type);
            if (ofType.size() == 1) {
                counts.add("exactly one " + type + " subnet (" + ofType.get(0) + ")");
                fixes.add("a second " + type + " subnet in another AZ");
            }
        }
        if (!counts.isEmpty()) {
            findings.add(
                    FindingCode.SUBNET_COUNT,
                    "subnets",
                    "the cluster has " + String.join(" and ", counts) + "; eksctl refuses it with " + EKSCTL_ERROR,
                    "add " + String.join(" and ", fixes) + ", or remove the single subnet of that type");
        }
    }

    private static List<String> names(List<Subnet> subnets, SubnetType type) {
        return subnets.stream()
                .filter(subnet -> subnet.type() == type)
                .map(Subnet::name)
                .toList();
    }
}
