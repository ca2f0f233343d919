package io.eksplanner.importing.report;

import java.util.List;

/**
 * An import whose YAML grows past the expanded-size limit once its aliases are expanded: refused before anything is
 * composed, stored or answered. Public because the YAML layer throws it and {@code io.eksplanner.importing.web}
 * answers it with 413 {@code import-too-large}.
 */
public class ImportTooLarge extends ImportRejected {

    /** The configuration property that sets the limit, as the problem names it. */
    public static final String LIMIT = "planner.import.max-expanded-size";

    private final long maximum;

    public ImportTooLarge(int document, long maximum) {
        super(
                message(maximum),
                List.of(new ImportProblem(document < 0 ? null : document, null, null, message(maximum))));
        this.maximum = maximum;
    }

    /** The most an import may expand to, in characters of its scalars plus one per node. */
    public long maximum() {
        return maximum;
    }

    private static String message(long maximum) {
        return "the YAML expands to more than " + maximum + " characters once its aliases are resolved (" + LIMIT + ")";
    }
}
