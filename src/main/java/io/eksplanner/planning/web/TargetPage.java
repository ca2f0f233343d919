package io.eksplanner.planning.web;

import java.util.List;

/**
 * Which page of each target group's targets and of each traffic's pod shares a load balancer's detail carries: a
 * Service selecting 100,000 pods has 100,000 targets, so the detail is paged, 100 a page unless asked otherwise.
 */
record TargetPage(int page, int size) {

    /** The first 100, what a caller gets without asking. */
    static final TargetPage FIRST = new TargetPage(0, 100);

    /** The page's items of {@code all}; a page far past the end is empty, not an overflow. */
    <T> List<T> of(List<T> all) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
