package io.eksplanner.common;

import java.util.List;

/**
 * A well-parsed request that breaks a rule bean validation cannot see (e.g. a path that disagrees with the body).
 * Public: {@code common.web} and {@code topology} use it.
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequest(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The offending fields, never null. */
    public List<FieldProblem> errors() {
        return errors;
    }
}
