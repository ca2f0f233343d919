package io.eksplanner.topology;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Gateway API resource of the cluster: its kind and key as columns, its spec as the JSON its record writes. The
 * specs nest four and five levels deep (rules, matches, filters, backendRefs) and change with the Gateway API, and
 * nothing queries inside them, so one row per resource keeps them exactly without a table per nested list
 * (src/docs/architecture.md "How a cluster is stored").
 */
@Entity
class GatewayResource {

    // Written and read only here, with Jackson's defaults: records keep every component, nulls included, and maps
    // keep their order. A property no record has any more is ignored rather than making the cluster unreadable.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    // '' for a cluster-scoped GatewayClass, so that the unique key (cluster, kind, namespace, name) holds on
    // PostgreSQL too, where NULLs never collide.
    private String namespace;

    private String name;
    private String spec;

    protected GatewayResource() {}

    <S> GatewayResource(GatewayKind<S> kind, S spec) {
        this.kind = kind.name();
        write(kind, spec);
    }

    /** The name of the resource's {@link GatewayKind}. */
    String kind() {
        return kind;
    }

    ChildKey key() {
        return new ChildKey(namespace.isEmpty() ? null : namespace, name);
    }

    /** Replaces the spec and the key with {@code spec}'s. */
    <S> void write(GatewayKind<S> kind, S spec) {
        var key = kind.keyOf(spec);
        namespace = key.namespace() == null ? "" : key.namespace();
        name = key.name();
        this.spec = JSON.writeValueAsString(spec);
    }

    /** The spec as it was written. */
    <S> S read(GatewayKind<S> kind) {
        return JSON.readValue(spec, kind.type());
    }
}
