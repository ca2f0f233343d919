package io.eksplanner.diagrams;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The finding paths ({@code nodeGroups[2]}, {@code services[0]}, {@code ingresses[1]}) a diagram element concerns, so
 * that the page can mark the element a finding names: SVG elements carry them in {@code data-path}, several separated
 * by spaces (src/docs/domain-rules.md §2).
 */
final class FindingPaths {

    private final Map<String, Integer> nodeGroups = new HashMap<>();
    private final Map<String, Integer> sources = new HashMap<>();

    FindingPaths(ClusterTopology topology) {
        for (int i = 0; i < topology.nodeGroups().size(); i++) {
            nodeGroups.putIfAbsent(topology.nodeGroups().get(i).name(), i);
        }
        for (int i = 0; i < topology.services().size(); i++) {
            var service = topology.services().get(i);
            sources.putIfAbsent("Service " + service.namespace() + "/" + service.name(), i);
        }
        for (int i = 0; i < topology.ingresses().size(); i++) {
            var ingress = topology.ingresses().get(i);
            sources.putIfAbsent("Ingress " + ingress.namespace() + "/" + ingress.name(), -1 - i);
        }
    }

    /** The node group's path, or null when the topology has no group of that name. */
    String nodeGroup(String name) {
        var index = nodeGroups.get(name);
        return index == null ? null : "nodeGroups[" + index + "]";
    }

    /** The paths of the Service or the Ingresses a load balancer comes from, space-separated; null when none. */
    String loadBalancer(LoadBalancerPlan balancer) {
        var paths = new ArrayList<String>();
        for (String source : balancer.source()) {
            var index = sources.get(source);
            if (index != null) {
                paths.add(index >= 0 ? "services[" + index + "]" : "ingresses[" + (-1 - index) + "]");
            }
        }
        return paths.isEmpty() ? null : String.join(" ", paths);
    }
}
