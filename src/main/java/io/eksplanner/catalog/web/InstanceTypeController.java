package io.eksplanner.catalog.web;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.catalog.InstanceTypeNotFound;
import io.eksplanner.common.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Comparator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The instance-type catalogue, read-only: ENI limits and max pods per EC2 instance type. */
@RestController
@RequestMapping(path = "/api/v1/instance-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Instance types", description = "EC2 instance types: their ENI limits and the max pods those allow")
class InstanceTypeController {

    /** How many known names a 404 suggests. */
    private static final int SUGGESTIONS = 3;

    private final InstanceTypeCatalog catalog;

    InstanceTypeController(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(
            operationId = "listInstanceTypes",
            summary = "List instance types, sorted by name, one page at a time",
            description = "family and prefix narrow the list; given both, a type must match both.")
    InstanceTypePage list(
            @Parameter(description = "only this instance family, the part of the name before the dot", example = "m5")
                    @RequestParam(required = false)
                    String family,
            @Parameter(description = "only names that start with this", example = "c7g.")
                    @RequestParam(required = false)
                    String prefix,
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "instance types per page, 1-100")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    int size) {
        var matching = catalog.all().stream()
                .filter(type ->
                        family == null || family.isEmpty() || type.family().equals(family))
                .filter(type -> prefix == null || type.name().startsWith(prefix))
                .sorted(Comparator.comparing(InstanceType::name))
                .toList();
        return InstanceTypePage.of(matching, page, size);
    }

    @GetMapping("/{type}")
    @Operation(
            operationId = "getInstanceType",
            summary = "Read one instance type's ENI limits and max pods",
            description = "The ENIs, IPv4 addresses per ENI, trunk and prefix support and max pods of one EC2 instance"
                    + " type, from the Amazon VPC CNI's generated limits.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The instance type"),
                @ApiResponse(
                        responseCode = "404",
                        description = "Not in the catalogue: the problem's detail and its suggestions array name the"
                                + " closest known instance types",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema =
                                                @Schema(
                                                        ref = "#/components/schemas/"
                                                                + OpenApiConfiguration.PROBLEM_SCHEMA)))
            })
    InstanceTypeResponse get(
            @Parameter(description = "the EC2 instance type", example = "m5.large") @PathVariable String type) {
        return catalog.find(type)
                .map(InstanceTypeResponse::of)
                .orElseThrow(() -> new InstanceTypeNotFound(type, catalog.closestNames(type, SUGGESTIONS)));
    }
}
