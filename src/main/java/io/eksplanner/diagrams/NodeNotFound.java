package io.eksplanner.diagrams;

import io.eksplanner.common.ResourceNotFound;
import java.util.List;
import java.util.Map;

/** The plan has no node of that name in the scenario asked for; answered with 404. Public: thrown to the web layer. */
public final class NodeNotFound extends ResourceNotFound {

    private final List<String> known;

    NodeNotFound(String node, String scenario, List<String> known) {
        super("the plan at " + scenario + " size has no node \"" + node + "\"");
        this.known = List.copyOf(known);
    }

    /** Some of the nodes the plan has, so a client sees how names look. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("nodes", known);
    }
}
