package io.eksplanner.topology;

/** A resource stored under a cluster, created from and turned back into its API form {@code S}. */
interface ClusterChild<S> {

    /** The key that identifies this child within its cluster. */
    ChildKey key();

    /** Replaces every field with the given spec's, whose key equals this child's. */
    void apply(S spec);

    /** This child as the user wrote it. */
    S toSpec();
}
