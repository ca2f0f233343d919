package io.eksplanner.topology;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One entry of a cluster's revision list (src/docs/domain-rules.md §7). Public: {@code topology.web} answers with it.
 *
 * @param version the cluster's version after the write (its ETag then)
 * @param time when the write was made
 * @param principal who made it: the token's name, the JWT subject, or {@code anonymous}
 * @param operation what it was, such as {@code replace} or {@code create-child}
 * @param child the child it wrote, or null for a whole-cluster write
 * @param restoredFrom for a restore, the version made current again; else null
 * @param hasDocument whether the revision holds a document; a delete holds none
 */
@Schema(name = "Revision", description = "One write of a cluster: its version, when, who and what")
public record Revision(
        long version,
        Instant time,
        String principal,
        String operation,
        Child child,
        Long restoredFrom,
        boolean hasDocument) {

    /**
     * The child a write touched.
     *
     * @param kind the collection's path segment, such as {@code node-groups}
     * @param key its name, or {@code namespace/name} for namespaced kinds
     */
    @Schema(name = "RevisionChild", description = "The child collection and key a write touched")
    public record Child(String kind, String key) {}
}
