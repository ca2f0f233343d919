package io.eksplanner.topology.web;

import io.eksplanner.common.web.PageMetadata;
import io.eksplanner.topology.ClusterSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of clusters, sorted by name, with the paging metadata to fetch the others. */
@Schema(name = "ClusterPage")
record ClusterPage(
        @Schema(description = "one page of cluster summaries, sorted by name")
        List<ClusterSummary> items,

        PageMetadata page) {

    static ClusterPage of(Page<ClusterSummary> page) {
        return new ClusterPage(
                page.getContent(),
                new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }
}
