package io.eksplanner.planning.web;

import io.eksplanner.common.web.PropertyDescriptions;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each property of a plan difference's records means: the planning engine's {@code PlanDiff} records are plain
 * Java, so their descriptions are written here (src/docs/api-conventions.md §2).
 */
@Configuration(proxyBeanMethods = false)
class PlanDiffDescriptions {

    private static final String BEFORE = "the state at the base; null when it did not exist there (added)";
    private static final String AFTER = "the state at the head; null when it no longer exists (removed)";

    @Bean
    PropertyDescriptions planDiffPropertyDescriptions() {
        return PropertyDescriptions.of(Map.of(
                "PlanDiffSubnetChange",
                        Map.of("name", "the subnet's name in the topology", "before", BEFORE, "after", AFTER),
                "PlanDiffSubnetState",
                        Map.of(
                                "cidr", "the subnet's IPv4 CIDR block; null when it has none",
                                "freeAtDesired", "usable addresses left with every node group at desiredSize",
                                "freeAtMax", "usable addresses left with every node group at maxSize",
                                "exhaustedAtDesired", "whether the subnet runs out of addresses at desiredSize",
                                "exhaustedAtMax", "whether the subnet runs out of addresses at maxSize",
                                "headroomAtDesired", "how many more nodes of each node group fit, at desiredSize",
                                "headroomAtMax", "how many more nodes of each node group fit, at maxSize"),
                "PlanDiffNodeGroupChange",
                        Map.of("name", "the node group's name in the topology", "before", BEFORE, "after", AFTER),
                "PlanDiffNodeGroupState",
                        Map.of(
                                "instanceType",
                                "the EC2 instance type of its nodes",
                                "nodesAtDesired",
                                "nodes launched at desiredSize",
                                "nodesAtMax",
                                "nodes launched at maxSize",
                                "maxPods",
                                "the kubelet max pods of its nodes; null when the group cannot launch (instance type unknown, no subnet with a CIDR block)",
                                "podAddressCapacity",
                                "pod addresses one node's ENIs can hold under the CNI settings; null when the group cannot launch (instance type unknown, no subnet with a CIDR block)"),
                "PlanDiffLoadBalancerChange",
                        Map.of(
                                "id",
                                "the load balancer's id, e.g. service.default.my-nginx",
                                "before",
                                BEFORE,
                                "after",
                                AFTER),
                "PlanDiffLoadBalancerState",
                        Map.of(
                                "type", "CLB, NLB or ALB; null when no load balancer is built",
                                "scheme", "internet-facing or internal",
                                "targetType", "instance, ip or mixed",
                                "listeners", "its listeners as PROTOCOL:port, e.g. HTTPS:443")));
    }
}
