package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes label selector: labels that must match, and expressions that must all hold. Public: {@code routing.alb}
 * and {@code topology.spec} use it.
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelRequirement> matchExpressions) {

    public LabelSelector {
        matchLabels = NullAsEmpty.map(matchLabels);
        matchExpressions = NullAsEmpty.list(matchExpressions);
    }
}
