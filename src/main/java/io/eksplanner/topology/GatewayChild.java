package io.eksplanner.topology;

/** A stored Gateway API resource seen as a child of its kind's collection. */
record GatewayChild<S>(GatewayKind<S> kind, GatewayResource resource) implements ClusterChild<S> {

    @Override
    public ChildKey key() {
        return resource.key();
    }

    @Override
    public void apply(S spec) {
        resource.write(kind, spec);
    }

    @Override
    public S toSpec() {
        return resource.read(kind);
    }
}
