package io.eksplanner.planning.web;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The load balancers of stored clusters and of documents sent without storing them. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Load balancers", description = "Which load balancer each Service gets, and how requests reach pods")
class LoadBalancerPlanController {

    private static final String PAGED = "Each target group's targets and each traffic's pod shares come one page at a"
            + " time (100 by default); targetCount and podCount say how many there are in all.";
    private static final String PAGE = "zero-based page of each target group's targets and pod shares";
    private static final String SIZE = "targets and pod shares per page, 1–1000";

    private final PlannedTopologies topologies;

    LoadBalancerPlanController(PlannedTopologies topologies) {
        this.topologies = topologies;
    }

    /** The load balancers of a topology, as a list. */
    @Schema(name = "LoadBalancerList")
    public record LoadBalancerList(
            @Schema(
                    description =
                            "one entry per LoadBalancer Service, per IngressGroup or Ingress, and per Gateway, in topology order; an object that gets none says why in reason")
            List<LoadBalancerResponse> loadBalancers) {}

    @GetMapping("/api/v1/clusters/{cluster}/load-balancers")
    @Operation(
            operationId = "listLoadBalancers",
            summary = "List a stored cluster's load balancers, one summary each",
            description = "One summary per load balancer the AWS Load Balancer Controller would provision for the "
                    + "cluster's Services and Ingresses: type, scheme, subnets, listeners.")
    ResponseEntity<LoadBalancerList> list(@PathVariable String cluster) {
        var planned = topologies.stored(cluster);
        var plans = planned.plan().loadBalancers();
        return planned.answer(HttpStatus.OK)
                .body(new LoadBalancerList(plans.stream()
                        .map(plan -> LoadBalancerResponse.of(plan, false))
                        .toList()));
    }

    @GetMapping("/api/v1/clusters/{cluster}/load-balancers/{id}")
    @Operation(
            operationId = "getLoadBalancer",
            summary = "Read one load balancer of a stored cluster in full: targets, health checks, traffic, paths",
            description = "The load balancer with its target groups, targets, health checks, expected traffic per pod"
                    + " and the packet paths from client to pod. An unknown id answers 404 naming the known ones. "
                    + PAGED)
    ResponseEntity<LoadBalancerResponse> get(
            @PathVariable String cluster,
            @PathVariable String id,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var planned = topologies.stored(cluster);
        var plans = planned.plan().loadBalancers();
        var plan = plans.stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new LoadBalancerNotFound(
                        cluster, id, plans.stream().map(LoadBalancerPlan::id).toList()));
        return planned.answer(HttpStatus.OK).body(LoadBalancerResponse.of(plan, true, new TargetPage(page, size)));
    }

    @PostMapping(path = "/api/v1/load-balancer-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "planDocumentLoadBalancers",
            summary = "Work out a topology document's load balancers in full, without storing it",
            description = "Every load balancer of the document in full, as GET"
                    + " /api/v1/clusters/{cluster}/load-balancers/{id} answers one. " + PAGED)
    LoadBalancerList planDocument(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var targets = new TargetPage(page, size);
        return new LoadBalancerList(topologies.posted(document).plan().loadBalancers().stream()
                .map(plan -> LoadBalancerResponse.of(plan, true, targets))
                .toList());
    }
}
