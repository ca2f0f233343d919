package io.eksplanner.catalog.web;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.common.web.PageMetadata;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of instance types, sorted by name, with the paging metadata to fetch the others. */
@Schema(name = "InstanceTypePage")
record InstanceTypePage(
        @Schema(description = "one page of instance types from the ENI limits catalogue")
        List<InstanceTypeResponse> items,

        PageMetadata page) {

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
}
