package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cluster's one list of {@link GatewayResource} rows, read and written kind by kind. */
final class GatewayResources {

    /** A row's identity within its cluster: the unique key of table gateway_resource. */
    private record Identity(String kind, ChildKey key) {}

    private GatewayResources() {}

    /** The rows of {@code kind}, in order, as children of its collection. */
    static <S> List<GatewayChild<S>> of(List<GatewayResource> stored, GatewayKind<S> kind) {
        return stored.stream()
                .filter(resource -> resource.kind().equals(kind.name()))
                .map(resource -> new GatewayChild<>(kind, resource))
                .toList();
    }

    /** The specs of {@code kind}, in order; empty when there are none, as every omitted collection reads back. */
    static <S> List<S> specs(List<GatewayResource> stored, GatewayKind<S> kind) {
        return NullAsEmpty.mapped(of(stored, kind), GatewayChild::toSpec);
    }

    /**
     * Makes {@code stored} hold one row per Gateway API resource of {@code document}, kind by kind in the document's
     * order: a row whose kind and key are kept is updated in place rather than deleted and inserted again, which would
     * break the unique key within the same flush.
     */
    static void reconcile(List<GatewayResource> stored, TopologyDocument document) {
        var byIdentity = new HashMap<Identity, GatewayResource>();
        stored.forEach(resource -> byIdentity.put(new Identity(resource.kind(), resource.key()), resource));
        var reconciled = new ArrayList<GatewayResource>();
        for (var kind : GatewayKind.ALL) {
            reconcile(reconciled, byIdentity, kind, document);
        }
        PersistentLists.replace(stored, reconciled);
    }

    private static <S> void reconcile(
            List<GatewayResource> reconciled,
            Map<Identity, GatewayResource> byIdentity,
            GatewayKind<S> kind,
            TopologyDocument document) {
        for (S spec : NullAsEmpty.list(kind.of(document))) {
            var kept = byIdentity.remove(new Identity(kind.name(), kind.keyOf(spec)));
            if (kept == null) {
                reconciled.add(new GatewayResource(kind, spec));
            } else {
                kept.write(kind, spec);
                reconciled.add(kept);
            }
        }
    }
}
