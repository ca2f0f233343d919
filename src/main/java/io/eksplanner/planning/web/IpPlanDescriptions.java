package io.eksplanner.planning.web;

import io.eksplanner.common.web.PropertyDescriptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each property of an IP plan means (src/docs/domain-rules.md §3), written once here for the engine's records
 * and the response records alike: the IP plan's records are many and small, and the totals appear twice, as {@code
 * IpPlanTotals} and flattened into {@code IpPlanSummary}.
 */
@Configuration(proxyBeanMethods = false)
class IpPlanDescriptions {

    /** The totals of one scenario, over every subnet and node. */
    static final Map<String, String> TOTALS = Map.ofEntries(
            Map.entry("nodes", "nodes launched: those that got a primary IP in their subnet"),
            Map.entry(
                    "nodesNotLaunched",
                    "nodes asked for that were not launched: their subnet had no free address, their instance type"
                            + " is not in the catalogue, or their group names no subnet with a CIDR block"),
            Map.entry("pods", "pods of every workload: running + containerCreating + pending"),
            Map.entry("running", "pods with a node slot and an address"),
            Map.entry(
                    "containerCreating",
                    "pods with a node slot but no address: the CNI's \"failed to assign an IP address to container\""),
            Map.entry("pending", "pods no eligible node has a free slot for"),
            Map.entry("enis", "ENIs attached to nodes: primary and secondary, trunk and branch"),
            Map.entry("branchEnis", "branch ENIs of pods with security groups for pods, one per such pod"),
            Map.entry("nodeIps", "addresses taken as nodes' primary IPs, one per node"),
            Map.entry("eniPrimaryIps", "addresses taken as the primary IPs of nodes' further ENIs"),
            Map.entry("podIps", "addresses held by pods (host-network pods hold none)"),
            Map.entry(
                    "warmIps",
                    "addresses the CNI holds on nodes for pods to come, per its warm targets (whole /28 prefixes with"
                            + " prefix delegation)"),
            Map.entry(
                    "otherIps",
                    "addresses of other tenants: the EKS control plane's ENIs (4 are planned) and load balancers'"
                            + " ENIs"),
            Map.entry("freeIps", "usable addresses left: 2^(32−prefix) − 5 per subnet minus every use above"),
            Map.entry(
                    "exhaustedSubnets",
                    "names of the subnets that ran out of addresses (SUBNET_IP_EXHAUSTED) or of aligned /28 blocks"
                            + " (PREFIX_FRAGMENTED)"));

    @Bean
    PropertyDescriptions ipPlanPropertyDescriptions() {
        var summary = new HashMap<>(TOTALS);
        summary.put("atMaxSize", "the same totals with every node group at its maxSize (the max scenario)");
        var bySchema = new HashMap<String, Map<String, String>>(nodesAndPods());
        bySchema.putAll(Map.ofEntries(
                Map.entry("IpPlanTotals", TOTALS),
                Map.entry("IpPlanSummary", summary),
                Map.entry(
                        "IpPlan",
                        Map.of(
                                "summary", "the desired scenario's totals, and the max scenario's as atMaxSize",
                                "effective", "the values the planner filled in, never written back into the topology",
                                "subnets", "every subnet after the plan of the scenario asked for, in topology order")),
                Map.entry(
                        "IpPlanEffective",
                        Map.of(
                                "serviceIpv4Cidr",
                                "the Service CIDR as given, or the one EKS would pick (10.100.0.0/16 or 172.20.0.0/16)",
                                "cni",
                                "the CNI settings with each default filled in",
                                "nodeGroups",
                                "every node group's effective settings, in topology order")),
                Map.entry(
                        "EffectiveCni",
                        Map.of(
                                "prefixDelegation", "ENABLE_PREFIX_DELEGATION; default false",
                                "warmEniTarget", "WARM_ENI_TARGET; default 1",
                                "warmIpTarget", "WARM_IP_TARGET; 0 = unset (the default)",
                                "minimumIpTarget", "MINIMUM_IP_TARGET; 0 = unset (the default)",
                                "warmPrefixTarget", "WARM_PREFIX_TARGET, with prefix delegation; default 1",
                                "customNetworking", "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG; default false",
                                "podSecurityGroups", "ENABLE_POD_ENI (security groups for pods); default false",
                                "subnetDiscovery", "ENABLE_SUBNET_DISCOVERY; default true")),
                Map.entry(
                        "IpPlanNodeGroup",
                        Map.of(
                                "name",
                                "the node group's name in the topology",
                                "instanceType",
                                "the EC2 instance type its nodes run as",
                                "nodes",
                                "nodes launched in the scenario (desiredSize or maxSize, less those not launched)",
                                "maxPods",
                                "the kubelet max pods of its nodes; null when the group cannot launch (instance type unknown, no subnet with a CIDR block)",
                                "notLaunchedReason",
                                "why some or all of its nodes were not launched; null when all were")),
                Map.entry("IpPlanSubnet", subnet()),
                Map.entry(
                        "IpPlanHeadroom",
                        Map.of(
                                "nodeGroup",
                                "a node group that names the subnet",
                                "nodes",
                                "more nodes of the group the subnet's free addresses hold: freeIps over one node's"
                                        + " addresses in it, rounded down"))));
        return PropertyDescriptions.of(bySchema);
    }

    private static Map<String, Map<String, String>> nodesAndPods() {
        return Map.ofEntries(
                Map.entry(
                        "IpPlanNode",
                        Map.of(
                                "name",
                                        "the node name EKS gives, from its primary IP: ip-192-168-32-4.<region>.compute.internal",
                                "nodeGroup", "the node group the node belongs to",
                                "subnet", "the subnet of its primary ENI (round-robin over its group's subnets)",
                                "availabilityZone", "its subnet's Availability Zone; null when only AWS knows it",
                                "primaryIp",
                                        "the node's primary IPv4 address, the lowest free one when it was launched",
                                "maxPods", "the kubelet max pods it runs with; 2 of them are aws-node and kube-proxy",
                                "enis", "its ENIs, primary first, at steady state",
                                "pods", "the pods scheduled on it that are not Pending")),
                Map.entry(
                        "IpPlanNodePod",
                        Map.of(
                                "name", "the pod's name, <workload>-<n>",
                                "namespace", "the workload's namespace",
                                "ip",
                                        "the pod's IPv4 address; its node's primary IP for a host-network pod; null without one")),
                Map.entry(
                        "IpPlanEni",
                        Map.of(
                                "index", "the ENI's device index on its node, 0 for the primary",
                                "type", "primary, secondary, trunk or branch",
                                "subnet", "the subnet the ENI is in (the podSubnet with custom networking)",
                                "primaryIp", "the ENI's own primary IPv4 address",
                                "secondaryIps", "secondary IPv4 addresses the CNI holds on it for pods, lowest first")),
                Map.entry(
                        "IpPlanPod",
                        Map.of(
                                "name", "the pod's name, <workload>-<n> with n from 0",
                                "namespace", "the workload's namespace",
                                "node", "the node the pod is scheduled on; null when Pending",
                                "ip", "the pod's IPv4 address; null when ContainerCreating or Pending",
                                "eni", "the device index of the ENI its address is on; null without an address",
                                "subnet", "the subnet its address is in; null without an address",
                                "availabilityZone", "its node's Availability Zone; null when Pending",
                                "reason", "why the pod is not Running; null when it is")));
    }

    private static Map<String, String> subnet() {
        var subnet = new HashMap<String, String>();
        for (var use : List.of("nodeIps", "eniPrimaryIps", "podIps", "warmIps", "otherIps")) {
            subnet.put(use, TOTALS.get(use) + ", in this subnet");
        }
        subnet.putAll(Map.of(
                "name",
                "the subnet's name in the topology",
                "cidr",
                "the subnet's IPv4 CIDR block; null when it has none",
                "availabilityZone",
                "the subnet's Availability Zone; null when only AWS knows it",
                "totalIps",
                "addresses in the block: 2^(32−prefix)",
                "reservedIps",
                "addresses AWS reserves: 5 (network, router, DNS, future use, broadcast)",
                "freeIps",
                "usable addresses left: totalIps − reservedIps − every use above",
                "headroom",
                "how many more nodes of each node group placed here would still fit, at steady state",
                "exhausted",
                "true when an address was asked of the subnet and none was left",
                "prefixFragmented",
                "true when prefix delegation needed an aligned /28 and none was left, though 16 addresses were"
                        + " (PREFIX_FRAGMENTED)"));
        return subnet;
    }
}
