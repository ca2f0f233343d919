package io.eksplanner.catalog.web;

import io.eksplanner.catalog.InstanceType;
import java.util.List;

/** One page of instance types, sorted by name, with the paging metadata to fetch the others. */
record InstanceTypePage(List<InstanceTypeResponse> items, PageMetadata page) {

    /** Page {@code number} (from 0) of {@code size} types out of {@code matching}; empty past the last page. */
    static InstanceTypePage of(List<InstanceType> matching, int number, int size) {
        int total = matching.size();
        int from = (int) Math.min((long) number * size, total);
        int to = Math.min(from + size, total);
        var items = matching.subList(from, to).stream()
                .map(InstanceTypeResponse::of)
                .toList();
        int totalPages = (total + size - 1) / size;
        return new InstanceTypePage(items, new PageMetadata(number, size, total, totalPages));
    }

    /** Where this page lies: its zero-based number, its size, and the totals. */
    public record PageMetadata(int number, int size, long totalElements, int totalPages) {}
}
