package io.eksplanner.validation.rules;

import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the planner runs, in no particular order: the report sorts what they find. Public: {@code planning} uses
 * it.
 */
public final class StandardRules {

    private StandardRules() {}

    /** Every rule the planner runs: the network's static rules, those that read the IP plan, then routing's. */
    public static List<ValidationRule> all() {
        var rules = new ArrayList<ValidationRule>(network());
        rules.addAll(ipPlan());
        rules.addAll(routing());
        return List.copyOf(rules);
    }

    /**
     * The rules of the subnet, AZ and VPC validation (src/docs/reference/eks-vpc.md §9, R01–R20, as far as a topology
     * expresses them).
     */
    public static List<ValidationRule> network() {
        return List.of(
                // VPC and subnet address space
                new VpcCidrRule(),
                new VpcSecondaryCidrRule(),
                new SubnetCidrRule(),
                new SubnetIdRule(),
                new SubnetOverlapRule(),
                new ServiceCidrRule(),
                // Availability Zones and the control plane's subnets
                new ControlPlaneSubnetRule(),
                new SubnetZoneRule(),
                new SubnetKindRule(),
                new SubnetSizeRule(),
                new SubnetCountRule(),
                // AWS Outposts and IPv6, which change or leave out the rules above
                new OutpostRule(),
                new Ipv6Rule(),
                // The Kubernetes API endpoint
                new EndpointAccessRule(),
                new PublicAccessCidrsRule(),
                // Node groups and their nodes' network
                new NodeGroupSubnetRule(),
                new NodeGroupSizeRule(),
                new NodeGroupQuotaRule(),
                new ClusterNodeCountRule(),
                new NodeGroupMaxPodsRule(),
                new InstanceTypeRule(),
                new NodePublicIpRule(),
                new NodeEgressRule());
    }

    /**
     * The rules that read the IP plan: pod slots, subnet addresses, custom networking (src/docs/domain-rules.md §3).
     */
    public static List<ValidationRule> ipPlan() {
        return List.of(
                new PodCapacityRule(),
                new SubnetIpPlanRule(),
                new NodeGroupVcpuRule(),
                new MaxPodsExceedsIpsRule(),
                new PodSubnetRule());
    }

    /**
     * The rules that read the load-balancer routing result: subnet tags per scheme, what the controllers refuse, and
     * the Services the NodePort range cannot hold.
     */
    public static List<ValidationRule> routing() {
        return List.of(new ElbSubnetTagsRule(), new LoadBalancerProblemsRule(), new NodePortRangeRule());
    }
}
