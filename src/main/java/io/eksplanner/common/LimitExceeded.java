package io.eksplanner.common;

/**
 * A request past one of the planner's documented size limits, naming the limit, what the request holds and the most
 * allowed: refused before any work is done, and never a failure of the planner. Public: {@code common.web} answers
 * it; {@code topology.model} raises it.
 */
public final class LimitExceeded extends RuntimeException {

    private final String limit;
    private final long value;
    private final long maximum;

    public LimitExceeded(String limit, long value, long maximum) {
        super("the topology holds " + value + " " + limit + "; at most " + maximum + " can be planned (planner.limits."
                + limit + ")");
        this.limit = limit;
        this.value = value;
        this.maximum = maximum;
    }

    public String limit() {
        return limit;
    }

    public long value() {
        return value;
    }

    public long maximum() {
        return maximum;
    }
}
