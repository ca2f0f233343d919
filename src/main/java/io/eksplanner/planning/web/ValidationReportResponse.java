package io.eksplanner.planning.web;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.ValidationReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The validation report as the API returns it (src/docs/domain-rules.md §2). Public: {@code importing.web} uses it. */
@Schema(
        name = "ValidationReport",
        description = "Whether EKS, eksctl and AWS would accept this network, and what to fix")
public record ValidationReportResponse(
        @Schema(description = "false exactly when a finding is an ERROR")
        boolean valid,

        Summary summary,

        @Schema(description = "ordered by severity (ERROR, WARNING, INFO), then path")
        List<FindingResponse> findings) {

    /** The API form of a report. */
    public static ValidationReportResponse of(ValidationReport report) {
        var summary = report.summary();
        return new ValidationReportResponse(
                report.valid(),
                new Summary(summary.errors(), summary.warnings(), summary.infos()),
                report.findings().stream().map(FindingResponse::of).toList());
    }

    /** How many findings of each severity. */
    @Schema(name = "ValidationSummary", description = "How many findings there are of each severity")
    public record Summary(
            @Schema(description = "how many findings are ERROR; the report is valid exactly when this is 0")
            int errors,

            @Schema(description = "how many findings are WARNING")
            int warnings,

            @Schema(description = "how many findings are INFO")
            int infos) {}

    /** One finding. */
    @Schema(name = "Finding")
    public record FindingResponse(
            @Schema(
                    description = "a stable code; the known ones are listed in the API description",
                    example = "SUBNET_AZ_COUNT")
            String code,

            @Schema(
                    description =
                            "ERROR (the cluster cannot be built or will fail), WARNING (it works, but something is at risk) or INFO")
            Severity severity,

            @Schema(description = "JSON path of the offending field", example = "subnets[2].cidr")
            String path,

            @Schema(description = "what is wrong, naming the objects and values involved")
            String message,

            @Schema(description = "what to change to fix it; null when there is nothing to advise")
            String hint,

            @Schema(description = "the public source of the rule")
            String source) {

        static FindingResponse of(Finding finding) {
            return new FindingResponse(
                    finding.code(),
                    finding.severity(),
                    finding.path(),
                    finding.message(),
                    finding.hint(),
                    finding.source());
        }
    }
}
