package io.eksplanner.importing.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What an import did: the objects it read, the defaults it applied (eksctl's, or the planner's where eksctl decides
 * at random or by asking AWS), and the objects it ignored, with why. Public because the import endpoint answers it
 * as JSON and the readers' log builds it.
 */
@Schema(name = "ImportReport")
public record ImportReport(List<ReadObject> read, List<String> defaults, List<IgnoredObject> ignored) {

    public ImportReport {
        read = List.copyOf(read);
        defaults = List.copyOf(defaults);
        ignored = List.copyOf(ignored);
    }

    /** An object taken into the topology. */
    @Schema(name = "ImportReadObject")
    public record ReadObject(int document, String apiVersion, String kind, String namespace, String name) {}

    /** An object left out, and why (a kind the planner does not model, for instance). */
    @Schema(name = "ImportIgnoredObject")
    public record IgnoredObject(
            int document, String apiVersion, String kind, String namespace, String name, String reason) {}
}
