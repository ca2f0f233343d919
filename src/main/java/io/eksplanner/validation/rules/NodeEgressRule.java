package io.eksplanner.validation.rules;

import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks that nodes in a subnet without an internet route can still reach the API server, ECR, S3, EC2 and STS. */
final class NodeEgressRule implements ValidationRule {

    // Follows src/docs/reference/eks-vpc.md §4.1 (a public-only endpoint: "every node subnet needs a route to the
    // internet"), §4.3
    // (the endpoints eksctl's fully-private clusters require), §1a, §5.4, R10, and EKS's private-clusters page
    // ("Your cluster must have endpoint private access enabled ... for nodes to register").

    /** The VPC endpoints nodes need without internet egress, as eksctl's fully-private clusters create them. */
    static final List<String> REQUIRED_ENDPOINTS = List.of("ec2", "ecr.api", "ecr.dkr", "s3", "sts");

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        boolean privateEndpoint = topology.endpointAccess().privateEnabled();
        var present = shortNames(topology.vpc().endpoints());
        var missingEndpoints = REQUIRED_ENDPOINTS.stream()
                .filter(name -> !present.contains(name))
                .toList();
        for (var placement : context.nodePlacements()) {
            var subnet = placement.subnet();
            if (!withoutInternet(subnet)) {
                continue;
            }
            var missing = new ArrayList<String>();
            if (!privateEndpoint) {
                missing.add("the private API endpoint (a public-only endpoint is unreachable without an"
                        + " internet route)");
            }
            if (!missingEndpoints.isEmpty()) {
                missing.add("the VPC endpoints " + String.join(", ", missingEndpoints));
            }
            if (missing.isEmpty()) {
                continue;
            }
            findings.add(
                    FindingCode.NODE_EGRESS_MISSING,
                    placement.path(),
                    "node group " + placement.nodeGroup().name() + " places nodes in subnet " + subnet.name()
                            + ", which has no route to the internet (egress NONE), so the nodes cannot register or"
                            + " pull images: missing " + String.join(" and ", missing),
                    hint(subnet, privateEndpoint, missingEndpoints));
        }
    }

    /**
     * Whether the subnet is known to have no internet route. An IGW or NAT route reaches the internet, and so does a
     * PUBLIC subnet that states no egress (public means routed to an IGW). A PRIVATE subnet that states no egress is
     * treated as unknown and left alone: it may well have a NAT route the user did not write down.
     */
    private static boolean withoutInternet(Subnet subnet) {
        return subnet.egress() == Egress.NONE;
    }

    private static String hint(Subnet subnet, boolean privateEndpoint, List<String> missingEndpoints) {
        var steps = new ArrayList<String>();
        if (!privateEndpoint) {
            steps.add("set endpointAccess.privateAccess to true");
        }
        if (!missingEndpoints.isEmpty()) {
            steps.add("add " + String.join(", ", missingEndpoints) + " to vpc.endpoints");
        }
        String gateway = subnet.type() == SubnetType.PUBLIC ? "an internet gateway" : "a NAT gateway";
        return "give " + subnet.name() + " a route to " + gateway + ", or " + String.join(" and ", steps);
    }

    /** Endpoint names as the topology may write them: {@code ecr.api} or {@code com.amazonaws.<region>.ecr.api}. */
    private static Set<String> shortNames(List<String> endpoints) {
        var names = new HashSet<String>();
        for (String endpoint : endpoints) {
            if (endpoint == null) {
                continue;
            }
            String name = endpoint.trim().toLowerCase(Locale.ROOT);
            if (name.startsWith("com.amazonaws.")) {
                String rest = name.substring("com.amazonaws.".length());
                int dot = rest.indexOf('.');
                name = dot < 0 ? rest : rest.substring(dot + 1);
            }
            names.add(name);
        }
        return names;
    }
}
