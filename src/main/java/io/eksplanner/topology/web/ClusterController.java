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
        var location = locations.of("/api/v1/clusters/{name}", document.name());
        return ResponseEntity.created(location).eTag(etag(created)).body(created.value());
    }

    @GetMapping
    @Operation(summary = "List clusters, sorted by name, one page at a time")
    ClusterPage list(
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "clusters per page, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        return ClusterPage.of(topology.list(PageRequest.of(page, size, Sort.by("name"))));
    }

    @GetMapping(
            path = "/{name}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE})
    @Operation(summary = "Read a cluster's whole topology document, as JSON or (Accept: application/yaml) as YAML")
    ResponseEntity<TopologyDocument> get(@PathVariable String name, WebRequest request) {
        return conditionalRead(topology.get(name), request);
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a cluster's whole topology document, children included")
    ResponseEntity<TopologyDocument> replace(
            @PathVariable String name,
            @Valid @RequestBody TopologyDocument document,
            @Parameter(description = "the ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        var replaced = topology.replace(name, document, IfMatch.of(ifMatch));
        return ResponseEntity.ok().eTag(etag(replaced)).body(replaced.value());
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a cluster and everything in it")
    ResponseEntity<Void> delete(
            @PathVariable String name,
            @Parameter(description = "the ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        topology.delete(name, IfMatch.of(ifMatch));
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
