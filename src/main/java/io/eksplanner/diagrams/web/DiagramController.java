package io.eksplanner.diagrams.web;

import io.eksplanner.diagrams.Diagrams;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.planning.web.PlannedTopologies;
import io.eksplanner.planning.web.PlannedTopology;
import io.eksplanner.planning.web.ScenarioParameter;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Diagrams of a plan: SVG ({@code image/svg+xml}) and Mermaid text ({@code text/plain;charset=UTF-8}, which every
 * browser and {@code curl} shows as it is and GitHub renders inside a ```mermaid block; {@code text/vnd.mermaid} is not
 * a registered type). The routes name their format, since Spring maps no suffix to a media type.
 */
@RestController
@Tag(name = "Diagrams", description = "SVG and Mermaid pictures of the plan: the VPC, the load balancers, one node")
class DiagramController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    static final MediaType MERMAID = MediaType.parseMediaType("text/plain;charset=UTF-8");
    private static final String SCENARIO = ScenarioParameter.DESCRIPTION;
    private static final String DESIRED = ScenarioParameter.DEFAULT;
    private static final String SVG_OF = "Answers SVG (image/svg+xml) of ";
    private static final String MERMAID_OF =
            "Answers Mermaid flowchart text (text/plain), which GitHub renders in a ```mermaid block of ";
    private static final String STORED = "the stored cluster, with its ETag,";
    private static final String POSTED = "the document in the body, which is not stored,";
    private static final String AT_SCENARIO = " at scenario=desired (node groups at desiredSize) or max.";
    private static final String STORED_SVG = SVG_OF + STORED + AT_SCENARIO;
    private static final String POSTED_SVG = SVG_OF + POSTED + AT_SCENARIO;
    private static final String STORED_MERMAID = MERMAID_OF + STORED + AT_SCENARIO;
    private static final String POSTED_MERMAID = MERMAID_OF + POSTED + AT_SCENARIO;

    private final PlannedTopologies topologies;

    DiagramController(PlannedTopologies topologies) {
        this.topologies = topologies;
    }

    @GetMapping("/api/v1/clusters/{cluster}/diagrams/network.svg")
    @Operation(
            summary = "Draw a stored cluster's VPC: subnets per AZ, their addresses, where the nodes land",
            description = STORED_SVG)
    ResponseEntity<String> clusterNetworkSvg(
            @PathVariable String cluster,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            WebRequest request) {
        return answer(request, topologies.stored(cluster), SVG, plan -> Diagrams.networkSvg(plan, scenario));
    }

    @PostMapping(path = "/api/v1/diagrams/network.svg", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw a topology document's VPC without storing it", description = POSTED_SVG)
    ResponseEntity<String> documentNetworkSvg(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario) {
        return answer(topologies.posted(document), SVG, plan -> Diagrams.networkSvg(plan, scenario));
    }

    @GetMapping("/api/v1/clusters/{cluster}/diagrams/load-balancers.svg")
    @Operation(
            summary = "Draw a stored cluster's load balancers, target groups and packet paths",
            description = STORED_SVG)
    ResponseEntity<String> clusterLoadBalancersSvg(
            @PathVariable String cluster,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            WebRequest request) {
        return answer(request, topologies.stored(cluster), SVG, plan -> Diagrams.loadBalancersSvg(plan, scenario));
    }

    @PostMapping(path = "/api/v1/diagrams/load-balancers.svg", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw a topology document's load balancers without storing it", description = POSTED_SVG)
    ResponseEntity<String> documentLoadBalancersSvg(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario) {
        return answer(topologies.posted(document), SVG, plan -> Diagrams.loadBalancersSvg(plan, scenario));
    }

    @GetMapping("/api/v1/clusters/{cluster}/diagrams/nodes/{node}.svg")
    @Operation(
            summary = "Draw one node of a stored cluster: its ENIs, their addresses or prefixes, its pods",
            description = STORED_SVG)
    ResponseEntity<String> clusterNodeSvg(
            @PathVariable String cluster,
            @PathVariable String node,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            WebRequest request) {
        return answer(request, topologies.stored(cluster), SVG, plan -> Diagrams.nodeSvg(plan, scenario, node));
    }

    @PostMapping(path = "/api/v1/diagrams/nodes/{node}.svg", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw one node of a topology document without storing it", description = POSTED_SVG)
    ResponseEntity<String> documentNodeSvg(
            @PathVariable String node,
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario) {
        return answer(topologies.posted(document), SVG, plan -> Diagrams.nodeSvg(plan, scenario, node));
    }

    @GetMapping("/api/v1/clusters/{cluster}/diagrams/network.mmd")
    @Operation(summary = "A stored cluster's VPC as a Mermaid flowchart", description = STORED_MERMAID)
    ResponseEntity<String> clusterNetworkMermaid(
            @PathVariable String cluster,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            WebRequest request) {
        return answer(request, topologies.stored(cluster), MERMAID, plan -> Diagrams.networkMermaid(plan, scenario));
    }

    @PostMapping(path = "/api/v1/diagrams/network.mmd", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A topology document's VPC as a Mermaid flowchart, without storing it",
            description = POSTED_MERMAID)
    ResponseEntity<String> documentNetworkMermaid(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario) {
        return answer(topologies.posted(document), MERMAID, plan -> Diagrams.networkMermaid(plan, scenario));
    }

    @GetMapping("/api/v1/clusters/{cluster}/diagrams/load-balancers.mmd")
    @Operation(
            summary = "A stored cluster's load-balancer packet paths as a Mermaid flowchart",
            description = STORED_MERMAID)
    ResponseEntity<String> clusterLoadBalancersMermaid(
            @PathVariable String cluster,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario,
            WebRequest request) {
        return answer(
                request, topologies.stored(cluster), MERMAID, plan -> Diagrams.loadBalancersMermaid(plan, scenario));
    }

    @PostMapping(path = "/api/v1/diagrams/load-balancers.mmd", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A topology document's load-balancer packet paths as a Mermaid flowchart, without storing it",
            description = POSTED_MERMAID)
    ResponseEntity<String> documentLoadBalancersMermaid(
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = SCENARIO) @RequestParam(defaultValue = DESIRED) Scenario scenario) {
        return answer(topologies.posted(document), MERMAID, plan -> Diagrams.loadBalancersMermaid(plan, scenario));
    }

    private static ResponseEntity<String> answer(
            PlannedTopology planned, MediaType type, Function<ClusterPlan, String> draw) {
        return planned.answer(HttpStatus.OK).contentType(type).body(draw.apply(planned.plan()));
    }

    /**
     * A stored cluster's diagram, or a 304 without drawing it when the request's If-None-Match already holds the
     * ETag of the cluster version planned (RFC 9110 §13.1.2).
     */
    private static ResponseEntity<String> answer(
            WebRequest request, PlannedTopology planned, MediaType type, Function<ClusterPlan, String> draw) {
        if (planned.etag() != null && request.checkNotModified(planned.etag())) {
            return null;
        }
        return answer(planned, type, draw);
    }
}
