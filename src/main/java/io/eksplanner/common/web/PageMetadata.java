package io.eksplanner.common.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where one page of a paged list lies: the same block on every paged list of the API (src/docs/api-conventions.md
 * §4). Public: every web package's paged lists carry it.
 */
@Schema(name = "PageMetadata", description = "Where this page lies in the list: its number and size, and the totals")
public record PageMetadata(
        @Schema(description = "the zero-based page number asked for", minimum = "0", example = "0")
        int number,

        @Schema(description = "the page size asked for", minimum = "1", example = "20")
        int size,

        @Schema(description = "how many elements the whole list holds", minimum = "0", example = "3")
        long totalElements,

        @Schema(
                description = "how many pages of this size the list makes; 0 for an empty list",
                minimum = "0",
                example = "1")
        int totalPages) {

    /** Page {@code number} of {@code size} elements out of {@code total}. */
    public static PageMetadata of(int number, int size, long total) {
        return new PageMetadata(number, size, total, (int) ((total + size - 1) / size));
    }
}
