package io.eksplanner.common;

import java.time.Duration;

/**
 * When one plan must be finished: the engines call {@link #check()} as they go (per node group, workload, node, load
 * balancer and validation rule), so a plan that runs past its time stops where it is instead of holding a planner
 * and its memory. Plain Java; one instance serves one request. Public: the engines and {@code planning} use it.
 */
public final class Deadline {

    /** No deadline: for the command line and for tests that plan without one. */
    public static final Deadline NONE = new Deadline(0L, null);

    private final long start;
    private final Duration budget;

    private Deadline(long start, Duration budget) {
        this.start = start;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now; {@code null} means none. */
    public static Deadline after(Duration budget) {
        return budget == null ? NONE : new Deadline(System.nanoTime(), budget);
    }

    /** Throws {@link PlanningDeadlineExceeded} once the budget is spent; cheap enough to call per node. */
    public void check() {
        if (budget != null && System.nanoTime() - start > budget.toNanos()) {
            throw new PlanningDeadlineExceeded(budget);
        }
    }
}
