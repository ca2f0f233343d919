package io.eksplanner.topology.web;

import io.eksplanner.common.IfMatch;
import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.ChildKey;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;

/**
 * The collection operations every kind of cluster child shares: list and create. Item operations differ in how
 * an item is addressed (by name, or by namespace and name) and live in the two subclasses. In summaries,
 * {@code {kind}} and {@code {kinds}} are filled in with the child's kind by the OpenAPI configuration.
 */
abstract class ChildController<S> {

    protected final TopologyService topology;
    private final ResourceLocations locations;
    private final ChildCollection<S> collection;

    protected ChildController(TopologyService topology, ResourceLocations locations, ChildCollection<S> collection) {
        this.topology = topology;
        this.locations = locations;
        this.collection = collection;
    }

    /** The collection this controller serves. */
    public ChildCollection<S> collection() {
        return collection;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List the cluster's {kinds}, in order",
            description = "Answers the cluster's {kinds} in the order they were given, with the cluster's ETag; "
                    + "If-None-Match with that ETag answers 304.")
    ResponseEntity<ChildList<S>> list(@PathVariable String cluster, WebRequest request) {
        var children = topology.listChildren(cluster, collection);
        return ClusterController.conditionalRead(
                new Versioned<>(new ChildList<>(children.value()), children.version()), request);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a {kind} to the cluster",
            description =
                    "Appends the {kind} to the cluster and answers it with 201, its Location and the cluster's new "
                            + "ETag. A {kind} of the same name answers 409; a stale If-Match 412.")
    ResponseEntity<S> create(
            @PathVariable String cluster,
            @Valid @RequestBody S spec,
            @Parameter(description = "the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        var created = topology.createChild(cluster, collection, spec, IfMatch.of(ifMatch));
        var key = collection.keyOf(spec);
        var items = "/api/v1/clusters/{cluster}/" + collection.path();
        URI location = collection.namespaced()
                ? locations.of(items + "/{namespace}/{name}", cluster, key.namespace(), key.name())
                : locations.of(items + "/{name}", cluster, key.name());
        return ResponseEntity.created(location)
                .eTag(ClusterController.etag(created))
                .body(created.value());
    }

    protected ResponseEntity<S> read(String cluster, ChildKey key, WebRequest request) {
        return ClusterController.conditionalRead(topology.getChild(cluster, collection, key), request);
    }

    protected ResponseEntity<S> replace(String cluster, ChildKey key, S spec, String ifMatch) {
        Versioned<S> replaced = topology.replaceChild(cluster, collection, key, spec, IfMatch.of(ifMatch));
        return ResponseEntity.ok().eTag(ClusterController.etag(replaced)).body(replaced.value());
    }

    protected ResponseEntity<Void> delete(String cluster, ChildKey key, String ifMatch) {
        long version = topology.deleteChild(cluster, collection, key, IfMatch.of(ifMatch));
        return ResponseEntity.noContent().eTag("\"" + version + "\"").build();
    }
}
