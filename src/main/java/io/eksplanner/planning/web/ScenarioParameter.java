package io.eksplanner.planning.web;

import io.eksplanner.ipam.Scenario;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The {@code scenario} query parameter of the IP plan and the diagrams: what it means and its default, written once for
 * every operation that takes it, and how it reads {@code desired|max} in any case. Public: the diagrams' controller
 * takes it too.
 */
@Component
public class ScenarioParameter implements Converter<String, Scenario> {

    /** What the parameter picks. */
    public static final String DESCRIPTION = "desired (node groups at desiredSize) or max (at maxSize)";

    /** The scenario planned when the parameter is left out. */
    public static final String DEFAULT = "desired";

    @Override
    public Scenario convert(String source) {
        return Scenario.valueOf(source.trim().toUpperCase(Locale.ROOT));
    }
}
