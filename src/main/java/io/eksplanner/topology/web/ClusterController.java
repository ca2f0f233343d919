package io.eksplanner.topology.web;

import io.eksplanner.common.IfMatch;
import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.Versioned;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The cluster collection: whole topology documents, versioned by ETag. */
@RestController
@RequestMapping(path = "/api/v1/clusters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clusters", description = "Store, read, replace and delete whole cluster topologies")
class ClusterController {

    private final TopologyService topology;
    private final ResourceLocations locations;

    ClusterController(TopologyService topology, ResourceLocations locations) {
        this.topology = topology;
        this.locations = locations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a cluster from a whole topology document",
            description = "Stores the document as given; only name is required. A well-formed but invalid network"
                    + " is stored: validation reports it.")
    ResponseEntity<TopologyDocument> create(@Valid @RequestBody TopologyDocument document) {
        var created = topology.create(document);
        var location = locations.of("/api/v1/clusters/{cluster}", document.name());
        return ResponseEntity.created(location).eTag(etag(created)).body(created.value());
    }

    @GetMapping
    @Operation(
            summary = "List clusters, sorted by name, one page at a time",
            description =
                    "Answers one page of cluster summaries, sorted by name, with the same page block as every paged "
                            + "list: page is zero-based, size 1-100 (default 20).")
    ClusterPage list(
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "clusters per page, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        return ClusterPage.of(topology.list(PageRequest.of(page, size, Sort.by("name"))));
    }

    @GetMapping(
            path = "/{cluster}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE})
    @Operation(
            summary = "Read a cluster's whole topology document, as JSON or (Accept: application/yaml) as YAML",
            description = "Answers the document as stored, with its ETag; If-None-Match with that ETag answers 304 "
                    + "without a body. Accept: application/yaml answers the same document as YAML.")
    ResponseEntity<TopologyDocument> get(@PathVariable String cluster, WebRequest request) {
        return conditionalRead(topology.get(cluster), request);
    }

    @PutMapping(path = "/{cluster}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a cluster's whole topology document, children included",
            description =
                    "Replaces the document, children included, and answers it with its new ETag. Send the ETag last "
                            + "read as If-Match: a stale one is refused with 412, so that a concurrent edit is never lost. "
                            + "The name in the body must be the one in the path.")
    ResponseEntity<TopologyDocument> replace(
            @PathVariable String cluster,
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = "the ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        var replaced = topology.replace(cluster, document, IfMatch.of(ifMatch));
        return ResponseEntity.ok().eTag(etag(replaced)).body(replaced.value());
    }

    @DeleteMapping("/{cluster}")
    @Operation(
            summary = "Delete a cluster and everything in it",
            description =
                    "Deletes the cluster, its children and its history. If-Match, when sent, must hold the current "
                            + "ETag (412 otherwise).")
    ResponseEntity<Void> delete(
            @PathVariable String cluster,
            @Parameter(description = "the ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        topology.delete(cluster, IfMatch.of(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** A 200 with the value and its ETag, or a 304 when the request's If-None-Match already holds that ETag. */
    static <T> ResponseEntity<T> conditionalRead(Versioned<T> versioned, WebRequest request) {
        if (request.checkNotModified(etag(versioned))) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag(versioned)).body(versioned.value());
    }

    static String etag(Versioned<?> versioned) {
        return "\"" + versioned.version() + "\"";
    }
}
