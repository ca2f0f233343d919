package io.eksplanner.planning.web;

import io.eksplanner.planning.ClusterPlan;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * A topology's plan and, for a stored cluster, the ETag of the version planned (null for a posted document). Public
 * only because {@code diagrams.web} receives it from {@link PlannedTopologies}.
 */
public record PlannedTopology(ClusterPlan plan, String etag) {

    /** An answer with {@code status}, carrying the ETag when there is one. */
    public ResponseEntity.BodyBuilder answer(HttpStatusCode status) {
        var builder = ResponseEntity.status(status);
        if (etag != null) {
            builder.eTag(etag);
        }
        return builder;
    }
}
