package io.eksplanner.importing.report;

import java.util.List;

/**
 * An import that cannot be taken: nothing is stored, and every problem found is listed. Public because the YAML layer
 * throws it and the problem handler in {@code io.eksplanner.importing.web} answers it.
 */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejected(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
