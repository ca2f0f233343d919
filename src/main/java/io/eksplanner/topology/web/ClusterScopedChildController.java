package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.ChildKey;
import io.eksplanner.topology.TopologyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;

/** Item operations for children addressed by name alone: subnets, node groups, ingress classes. */
abstract class ClusterScopedChildController<S> extends ChildController<S> {

    protected ClusterScopedChildController(
            TopologyService topology, ResourceLocations locations, ChildCollection<S> collection) {
        super(topology, locations, collection);
    }

    @GetMapping(path = "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Read one {kind}",
            description =
                    "Answers the {kind}, addressed by its name, with the cluster's ETag; If-None-Match with that ETag"
                            + " answers 304.")
    ResponseEntity<S> get(@PathVariable String cluster, @PathVariable String name, WebRequest request) {
        return read(cluster, ChildKey.of(name), request);
    }

    @PutMapping(
            path = "/{name}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace one {kind}, keeping its place in the list",
            description = "Replaces the {kind} and answers it with the cluster's new ETag. Send the ETag last read as"
                    + " If-Match: a stale one is refused with 412. The body's name must be the one in the path.")
    ResponseEntity<S> put(
            @PathVariable String cluster,
            @PathVariable String name,
            @Valid @RequestBody S spec,
            @Parameter(description = "the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return replace(cluster, ChildKey.of(name), spec, ifMatch);
    }

    @DeleteMapping("/{name}")
    @Operation(
            summary = "Delete one {kind}",
            description = "Removes the {kind} from the cluster and answers 204 with the cluster's new ETag; a stale"
                    + " If-Match is refused with 412.")
    ResponseEntity<Void> remove(
            @PathVariable String cluster,
            @PathVariable String name,
            @Parameter(description = "the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return delete(cluster, ChildKey.of(name), ifMatch);
    }
}
