package io.eksplanner.planning.web;

import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validation reports for stored clusters and for documents sent without storing them. With {@code failOn}, a
 * report whose findings reach that severity is answered with 422, so that {@code curl --fail-with-body} fails a
 * pipeline; the body is the report either way.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Validation", description = "Would EKS, eksctl and AWS accept this network, and what to fix")
class ValidationController {

    private final PlannedTopologies topologies;

    ValidationController(PlannedTopologies topologies) {
        this.topologies = topologies;
    }

    @GetMapping("/api/v1/clusters/{cluster}/validation")
    @Operation(
            operationId = "validateCluster",
            summary = "Validate a stored cluster",
            description = "Answers 200 with the report, or 422 with the same report when failOn is given and a"
                    + " finding reaches that severity.")
    ResponseEntity<ValidationReportResponse> validateCluster(
            @PathVariable String cluster,
            @Parameter(description = "answer 422 when a finding reaches this severity: error or warning")
                    @RequestParam(required = false)
                    FailOn failOn) {
        return answer(topologies.stored(cluster), failOn);
    }

    @PostMapping(path = "/api/v1/validations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "validateDocument",
            summary = "Validate a topology document without storing it",
            description = "What a CI pipeline calls: `curl --fail-with-body -X POST .../api/v1/validations?failOn=error"
                    + " --data @cluster.json`. An ill-formed document is a 400 problem, never a report.")
    ResponseEntity<ValidationReportResponse> validateDocument(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = "answer 422 when a finding reaches this severity: error or warning")
                    @RequestParam(required = false)
                    FailOn failOn) {
        return answer(topologies.posted(document), failOn);
    }

    private static ResponseEntity<ValidationReportResponse> answer(PlannedTopology planned, FailOn failOn) {
        var report = planned.plan().validation();
        return planned.answer(FailOn.status(failOn, report)).body(ValidationReportResponse.of(report));
    }
}
