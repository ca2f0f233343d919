package io.eksplanner.catalog;

import io.eksplanner.common.ResourceNotFound;
import java.util.List;
import java.util.Map;

/**
 * No instance type of the catalogue has the requested name; carries the known names closest to it. Public: {@code
 * catalog.web} uses it.
 */
public class InstanceTypeNotFound extends ResourceNotFound {

    private final List<String> suggestions;

    /** {@code suggestions} are known names, closest first; it may be empty but not null. */
    public InstanceTypeNotFound(String name, List<String> suggestions) {
        super(message(name, suggestions));
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String name, List<String> suggestions) {
        var message = "instance type \"" + name + "\" is not in the catalogue";
        return suggestions.isEmpty() ? message : message + "; did you mean " + String.join(", ", suggestions) + "?";
    }

    /** The known names closest to the one requested, closest first; never null. */
    public List<String> suggestions() {
        return suggestions;
    }

    /** The suggestions go into the problem body too, so that a client need not parse the detail. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("suggestions", suggestions);
    }
}
