package io.eksplanner.topology.web;

import io.eksplanner.common.IfMatch;
import io.eksplanner.common.web.PageMetadata;
import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.Revision;
import io.eksplanner.topology.RevisionService;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cluster's revisions (src/docs/domain-rules.md §7): the list of its writes, the document at each version, and the
 * restore that makes an earlier version current again, also after the cluster was deleted.
 */
@RestController
@RequestMapping(path = "/api/v1/clusters/{cluster}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Revisions", description = "Who changed a cluster, when and how; read and restore earlier versions")
class RevisionController {

    private final RevisionService revisions;
    private final TopologyService topology;
    private final ResourceLocations locations;

    RevisionController(RevisionService revisions, TopologyService topology, ResourceLocations locations) {
        this.revisions = revisions;
        this.topology = topology;
        this.locations = locations;
    }

    @GetMapping
    @Operation(
            operationId = "listRevisions",
            summary = "List a cluster's revisions, newest first, one page at a time",
            description = "Every write to the cluster or a child: version, time, principal, operation and child. While"
                    + " no cluster has the name, the revisions of the cluster most recently deleted under it.")
    RevisionPage list(
            @Parameter(description = "the cluster's name") @PathVariable String cluster,
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "revisions per page, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        var found = revisions.list(cluster, PageRequest.of(page, size));
        return new RevisionPage(
                found.getContent(),
                new PageMetadata(found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages()));
    }

    @GetMapping(
            path = "/{version}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE})
    @Operation(
            operationId = "getRevision",
            summary = "Read the whole topology document the cluster held at one version",
            description = "The document as it was stored by the write that made this version, as JSON or YAML. A"
                    + " delete's revision holds no document: 404, like an unknown version.")
    TopologyDocument get(
            @Parameter(description = "the cluster's name") @PathVariable String cluster,
            @Parameter(description = "the version, as listed by listRevisions") @PathVariable long version) {
        return revisions.document(cluster, version);
    }

    @PostMapping("/{version}/restore")
    @ApiResponse(responseCode = "200", description = "Restored over the current cluster: the document, its new ETag")
    @ApiResponse(
            responseCode = "201",
            description = "Restored a deleted cluster: Location names it, the ETag is its new version")
    @Operation(
            operationId = "restoreRevision",
            summary = "Make the document of one version current again, as a new version",
            description = "Answers like a replace (200, the document and its ETag). While no cluster has the name,"
                    + " restores the cluster most recently deleted under it: 201 with its Location, its versions going"
                    + " on from the delete's.")
    ResponseEntity<TopologyDocument> restore(
            @Parameter(description = "the cluster's name") @PathVariable String cluster,
            @Parameter(description = "the version to make current again") @PathVariable long version,
            @Parameter(
                            description = "the cluster's ETag last read (a deleted cluster's: its delete's version); a"
                                    + " stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        var restored = topology.restore(cluster, version, IfMatch.of(ifMatch));
        var etag = ClusterController.etag(restored.stored());
        if (restored.created()) {
            var location = locations.of("/api/v1/clusters/{cluster}", cluster);
            return ResponseEntity.created(location)
                    .eTag(etag)
                    .body(restored.stored().value());
        }
        return ResponseEntity.ok().eTag(etag).body(restored.stored().value());
    }

    /** One page of revisions, newest first, with the paging metadata to fetch the others. */
    @Schema(name = "RevisionPage")
    record RevisionPage(
            @Schema(description = "one page of the cluster's revisions, newest first")
            List<Revision> items,

            PageMetadata page) {}
}
