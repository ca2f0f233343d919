package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;

/**
 * One expression of a {@link LabelSelector}: {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}.
 * Public: {@code routing.alb} and {@code topology.spec} use it.
 */
public record LabelRequirement(String key, String operator, List<String> values) {

    public LabelRequirement {
        values = NullAsEmpty.list(values);
    }
}
