package io.eksplanner.importing.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What an import did: the objects it read, the defaults it applied (eksctl's, or the planner's where eksctl decides
 * at random or by asking AWS), and the objects it ignored, with why. Public because the import endpoint answers it
 * as JSON and the readers' log builds it.
 */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "the objects taken into the topology, in the order of the stream")
        List<ReadObject> read,

        @Schema(
                description =
                        "the defaults applied, one sentence each: eksctl's, or the planner's where eksctl decides at random or by asking AWS")
        List<String> defaults,

        @Schema(description = "the objects left out, each with why (a kind the planner does not model, say)")
        List<IgnoredObject> ignored) {

    public ImportReport {
        read = List.copyOf(read);
        defaults = List.copyOf(defaults);
        ignored = List.copyOf(ignored);
    }

    private static final String DOCUMENT = "the index of the YAML document in the stream, from 0";
    private static final String NAMESPACE =
            "the object's namespace; null for a cluster-scoped object or where the document names none";

    /** An object taken into the topology. */
    @Schema(name = "ImportReadObject")
    public record ReadObject(
            @Schema(description = DOCUMENT) int document,

            @Schema(description = "the object's apiVersion, e.g. eksctl.io/v1alpha5 or apps/v1")
            String apiVersion,

            @Schema(description = "the object's kind, e.g. ClusterConfig, Deployment, Service")
            String kind,

            @Schema(description = NAMESPACE) String namespace,

            @Schema(description = "the object's metadata.name")
            String name) {}

    /** An object left out, and why (a kind the planner does not model, for instance). */
    @Schema(name = "ImportIgnoredObject")
    public record IgnoredObject(
            @Schema(description = DOCUMENT) int document,

            @Schema(description = "the object's apiVersion; null when the document has none")
            String apiVersion,

            @Schema(description = "the object's kind; null when the document has none")
            String kind,

            @Schema(description = NAMESPACE) String namespace,

            @Schema(description = "the object's name; null when the document has none")
            String name,

            @Schema(description = "why it was left out") String reason) {}
}
