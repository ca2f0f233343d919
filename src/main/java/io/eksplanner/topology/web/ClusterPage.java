package io.eksplanner.topology.web;

import io.eksplanner.topology.ClusterSummary;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of clusters, sorted by name, with the paging metadata to fetch the others. */
record ClusterPage(List<ClusterSummary> items, PageMetadata page) {

    static ClusterPage of(Page<ClusterSummary> page) {
        return new ClusterPage(
                page.getContent(),
                new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }

    /** Where this page lies: its zero-based number, its size, and the totals. */
    public record PageMetadata(int number, int size, long totalElements, int totalPages) {}
}
