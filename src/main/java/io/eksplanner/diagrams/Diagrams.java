package io.eksplanner.diagrams;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;

/**
 * The diagrams of a plan, each drawn from the {@link ClusterPlan} the API answers with. Public: {@code
 * diagrams.web} serves them.
 */
public final class Diagrams {

    private Diagrams() {}

    /** The VPC: one column per AZ, each subnet's addresses in {@code scenario}, the nodes where they land. */
    public static String networkSvg(ClusterPlan plan, Scenario scenario) {
        return NetworkDiagram.draw(plan, scenario);
    }

    /** Each load balancer: listeners, rules, target groups, targets by AZ and the packet paths with their shares. */
    public static String loadBalancersSvg(ClusterPlan plan, Scenario scenario) {
        return LoadBalancerDiagram.draw(plan, scenario);
    }

    /** One node's ENIs, their addresses or prefixes, and its pods; throws {@link NodeNotFound} if there is none. */
    public static String nodeSvg(ClusterPlan plan, Scenario scenario, String node) {
        return NodeDiagram.draw(plan, scenario, node);
    }

    /** The VPC as a Mermaid flowchart. */
    public static String networkMermaid(ClusterPlan plan, Scenario scenario) {
        return Mermaid.network(plan, scenario);
    }

    /** The load balancers' packet paths as a Mermaid flowchart. */
    public static String loadBalancersMermaid(ClusterPlan plan, Scenario scenario) {
        return Mermaid.loadBalancers(plan, scenario);
    }
}
