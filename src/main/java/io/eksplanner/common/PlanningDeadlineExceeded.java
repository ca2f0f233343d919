package io.eksplanner.common;

import java.time.Duration;

/**
 * A plan that ran past {@code planner.planning.deadline}: the engines stopped where they were, and the request is
 * answered 503 {@code planning-deadline-exceeded}. Not the caller's mistake, and not a failure of the planner either.
 * Public: {@code common.web} answers it; the engines raise it through {@link Deadline}.
 */
public final class PlanningDeadlineExceeded extends RuntimeException {

    private final Duration deadline;

    public PlanningDeadlineExceeded(Duration deadline) {
        super("planning this topology took longer than the deadline of " + deadline.toMillis()
                + " ms (planner.planning.deadline), so it was stopped");
        this.deadline = deadline;
    }

    /** The deadline that was passed. */
    public Duration deadline() {
        return deadline;
    }
}
