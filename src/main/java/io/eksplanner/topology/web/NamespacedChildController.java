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

/**
 * Item operations for Kubernetes namespaced children, addressed by namespace and name: workloads, services, ingresses.
 */
abstract class NamespacedChildController<S> extends ChildController<S> {

    protected NamespacedChildController(
            TopologyService topology, ResourceLocations locations, ChildCollection<S> collection) {
        super(topology, locations, collection);
    }

    @GetMapping(path = "/{namespace}/{item}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one {kind}")
    ResponseEntity<S> get(
            @PathVariable String cluster,
            @PathVariable String namespace,
            @PathVariable String item,
            WebRequest request) {
        return read(cluster, new ChildKey(namespace, item), request);
    }

    @PutMapping(
            path = "/{namespace}/{item}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace one {kind}, keeping its place in the list")
    ResponseEntity<S> put(
            @PathVariable String cluster,
            @PathVariable String namespace,
            @PathVariable String item,
            @Valid @RequestBody S spec,
            @Parameter(description = "the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return replace(cluster, new ChildKey(namespace, item), spec, ifMatch);
    }

    @DeleteMapping("/{namespace}/{item}")
    @Operation(summary = "Delete one {kind}")
    ResponseEntity<Void> remove(
            @PathVariable String cluster,
            @PathVariable String namespace,
            @PathVariable String item,
            @Parameter(description = "the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return delete(cluster, new ChildKey(namespace, item), ifMatch);
    }
}
