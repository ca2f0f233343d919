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
        @Schema(description = "the cluster's version after the write, its ETag then; what ?version= and restore name")
        long version,

        @Schema(description = "when the write was made, an RFC 3339 UTC timestamp")
        Instant time,

        @Schema(description = "who made it: the token's name, the JWT subject, or anonymous")
        String principal,

        @Schema(
                description =
                        "what the write was: create, replace, delete, create-child, replace-child, delete-child, import, import-apply, restore or baseline")
        String operation,

        Child child,

        @Schema(description = "for a restore, the version made current again; null otherwise")
        Long restoredFrom,

        @Schema(
                description =
                        "whether the revision holds the whole document, readable with ?version=; a delete holds none")
        boolean hasDocument) {

    /**
     * The child a write touched.
     *
     * @param kind the collection's path segment, such as {@code node-groups}
     * @param key its name, or {@code namespace/name} for namespaced kinds
     */
    @Schema(name = "RevisionChild", description = "The child collection and key a write touched")
    public record Child(
            @Schema(description = "the child collection written, as in its path: subnets, node-groups, workloads, …")
            String kind,

            @Schema(description = "the child's name, or namespace/name for a namespaced kind")
            String key) {}
}
