package io.eksplanner.planning.web;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** IP plans for stored clusters and for documents sent without storing them. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "IP planning", description = "ENIs and pod IPs as the Amazon VPC CNI would hand them out")
class IpPlanController {

    private static final String SCENARIO = ScenarioParameter.DESCRIPTION;
    private static final String DESIRED = ScenarioParameter.DEFAULT;
    private static final String DETAIL = "summary, nodes or pods";
    private static final String PAGE = "zero-based page of nodes or pods";
    private static final String SIZE = "nodes or pods per page, 1–1000";

    private final PlannedTopologies topologies;

    IpPlanController(PlannedTopologies topologies) {
        this.topologies = topologies;
    }

    @GetMapping("/api/v1/clusters/{cluster}/ip-plan")
    @Operation(
            operationId = "getIpPlan",
            summary = "Plan a stored cluster's ENIs and pod IPs",
            description = "The summary always carries the desired totals and atMaxSize; scenario picks which one the"
                    + " subnets, nodes and pods describe; detail=nodes or pods adds one page of them.")
    ResponseEntity<IpPlanResponse> planCluster(
            @PathVariable String cluster,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            @Parameter(description = DETAIL) @RequestParam(defaultValue = "summary") IpPlanDetail detail,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var planned = topologies.stored(cluster);
        return planned.answer(HttpStatus.OK).body(respond(planned, scenario, detail, page, size));
    }

    @PostMapping(path = "/api/v1/ip-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "planDocumentIps",
            summary = "Plan a topology document's ENIs and pod IPs without storing it",
            description =
                    "The same answer as GET /api/v1/clusters/{cluster}/ip-plan for a document sent in the body: the "
                            + "summary, the effective settings, the subnets and, at detail=nodes or pods, one page of them.")
    IpPlanResponse planDocument(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            @Parameter(description = DETAIL) @RequestParam(defaultValue = "summary") IpPlanDetail detail,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return respond(topologies.posted(document), scenario, detail, page, size);
    }

    private static IpPlanResponse respond(
            PlannedTopology planned, Scenario scenario, IpPlanDetail detail, int page, int size) {
        var plan = planned.plan();
        return IpPlanResponse.of(plan.topology(), plan.ipPlans(), scenario, detail, page, size);
    }

    /** Reads {@code detail=summary|nodes|pods} in any case. */
    @Component
    static class DetailParameter implements Converter<String, IpPlanDetail> {

        @Override
        public IpPlanDetail convert(String source) {
            return IpPlanDetail.valueOf(source.trim().toUpperCase(Locale.ROOT));
        }
    }
}
