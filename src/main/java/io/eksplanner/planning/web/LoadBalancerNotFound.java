package io.eksplanner.planning.web;

import io.eksplanner.common.ResourceNotFound;
import java.util.List;
import java.util.Map;

/** The cluster has no load balancer of that id. */
class LoadBalancerNotFound extends ResourceNotFound {

    private final List<String> known;

    LoadBalancerNotFound(String cluster, String id, List<String> known) {
        super("cluster \"" + cluster + "\" has no load balancer \"" + id + "\"");
        this.known = List.copyOf(known);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("loadBalancers", known);
    }
}
