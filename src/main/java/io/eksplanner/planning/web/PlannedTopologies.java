package io.eksplanner.planning.web;

import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.TopologyDocument;
import org.springframework.stereotype.Component;

/**
 * The one way every plan endpoint says what it plans: a stored cluster, answered with its ETag, or a posted
 * document, stored nowhere. Either way the topology is planned once per request. Public, with its two methods, only
 * so that {@code diagrams.web} draws the same plan the plan endpoints answer with rather than planning on its own.
 */
@Component
public class PlannedTopologies {

    private final TopologyService topology;
    private final ClusterPlanner planner;

    PlannedTopologies(TopologyService topology, ClusterPlanner planner) {
        this.topology = topology;
        this.planner = planner;
    }

    /** The stored cluster of that name; throws when there is none. */
    public PlannedTopology stored(String name) {
        var cluster = topology.get(name);
        return new PlannedTopology(planner.plan(cluster.value().toTopology()), "\"" + cluster.version() + "\"");
    }

    /** A document sent with the request. */
    public PlannedTopology posted(TopologyDocument document) {
        return new PlannedTopology(planner.plan(document.toTopology()), null);
    }
}
