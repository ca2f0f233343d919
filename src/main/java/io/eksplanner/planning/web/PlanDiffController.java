package io.eksplanner.planning.web;

import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.planning.PlanDiff;
import io.eksplanner.planning.web.ValidationReportResponse.FindingResponse;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.validation.ValidationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a change does to a plan, for a pipeline that holds both states as topology documents: the twin of the command
 * line's {@code diff}. {@code failOn} applies to the findings the change adds.
 */
@RestController
@Tag(name = "Plans", description = "Validation, IP plan and load balancers in one answer")
class PlanDiffController {

    private final ClusterPlanner planner;

    PlanDiffController(ClusterPlanner planner) {
        this.planner = planner;
    }

    /** The two states of a cluster. */
    @Schema(name = "PlanDiffRequest", description = "The cluster before (base) and after (head) the change")
    record PlanDiffRequest(
            @NotNull @Valid TopologyDocument base,
            @NotNull @Valid TopologyDocument head) {}

    /** What the change does. */
    @Schema(
            name = "PlanDiff",
            description = "Findings added and resolved, subnets, node groups and load balancers before and after")
    record PlanDiffResponse(
            @Schema(
                    description = "findings of head that base does not have, matched by code and path with list items"
                            + " named")
            List<FindingResponse> added,

            @Schema(description = "findings of base that head no longer has")
            List<FindingResponse> resolved,

            @Schema(description = "every subnet of either state; a side is null where the subnet does not exist")
            List<PlanDiff.SubnetChange> subnets,

            @Schema(description = "every node group of either state: nodes at desired and max size, max pods")
            List<PlanDiff.NodeGroupChange> nodeGroups,

            @Schema(description = "load balancers added (before null), removed (after null) or changed")
            List<PlanDiff.LoadBalancerChange> loadBalancers) {}

    @PostMapping(
            path = "/api/v1/plan-diffs",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "diffPlans",
            summary = "Compare the plans of two topology documents: what a pull request changes",
            description = "Plans base and head and answers the findings the change adds and resolves, each subnet's"
                    + " free addresses and headroom at desired and max size, node groups and load balancers before"
                    + " and after. With failOn, answers 422 when an added finding reaches that severity.")
    ResponseEntity<PlanDiffResponse> diff(
            @Valid @RequestBody PlanDiffRequest request,
            @Parameter(description = "answer 422 when a finding the change adds reaches this severity")
                    @RequestParam(required = false)
                    FailOn failOn) {
        var diff = PlanDiff.between(
                planner.plan(request.base().toTopology()),
                planner.plan(request.head().toTopology()));
        var response = new PlanDiffResponse(
                diff.added().stream().map(FindingResponse::of).toList(),
                diff.resolved().stream().map(FindingResponse::of).toList(),
                diff.subnets(),
                diff.nodeGroups(),
                diff.loadBalancers());
        return ResponseEntity.status(FailOn.status(failOn, ValidationReport.of(diff.added())))
                .body(response);
    }
}
