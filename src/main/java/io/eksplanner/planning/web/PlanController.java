package io.eksplanner.planning.web;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
 * One call for CI: the validation report, the IP plan's summary and the load balancers of a topology, with {@code
 * failOn} as the validation endpoints have it. The plans are made once and shared by all three.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plans", description = "Validation, IP plan and load balancers in one answer")
class PlanController {

    private final PlannedTopologies topologies;

    PlanController(PlannedTopologies topologies) {
        this.topologies = topologies;
    }

    /** Everything the planner says about a topology. */
    @Schema(
            name = "Plan",
            description = "The validation report, the IP plan's summary and the load balancers' summaries")
    public record PlanResponse(
            ValidationReportResponse validation, IpPlanResponse ipPlan, List<LoadBalancerResponse> loadBalancers) {}

    @GetMapping("/api/v1/clusters/{cluster}/plan")
    @Operation(
            operationId = "planCluster",
            summary = "Plan a stored cluster: validation, IP plan summary and load balancers",
            description =
                    "Answers the validation report, the IP plan's summary and every load balancer's summary of the "
                            + "stored cluster, with its ETag. With failOn, answers 422 with the same body when a finding "
                            + "reaches that severity.")
    ResponseEntity<PlanResponse> planCluster(
            @PathVariable String cluster,
            @Parameter(description = "answer 422 when a finding reaches this severity: error or warning")
                    @RequestParam(required = false)
                    FailOn failOn) {
        return answer(topologies.stored(cluster), failOn);
    }

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "planDocument",
            summary = "Plan a topology document without storing it: what a CI pipeline calls",
            description = "`curl --fail-with-body -X POST .../api/v1/plans?failOn=error --data @cluster.json` fails"
                    + " the step when validation finds an ERROR; the body is the whole plan either way.")
    ResponseEntity<PlanResponse> planDocument(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = "answer 422 when a finding reaches this severity: error or warning")
                    @RequestParam(required = false)
                    FailOn failOn) {
        return answer(topologies.posted(document), failOn);
    }

    private static ResponseEntity<PlanResponse> answer(PlannedTopology planned, FailOn failOn) {
        var plan = planned.plan();
        var report = plan.validation();
        var response = new PlanResponse(
                ValidationReportResponse.of(report),
                IpPlanResponse.of(plan.topology(), plan.ipPlans(), Scenario.DESIRED, IpPlanDetail.SUMMARY, 0, 1),
                plan.loadBalancers().stream()
                        .map(loadBalancer -> LoadBalancerResponse.of(loadBalancer, false))
                        .toList());
        return planned.answer(FailOn.status(failOn, report)).body(response);
    }
}
