package io.eksplanner.topology;

/**
 * A value read from or written to a cluster, with the cluster's version after the operation (the ETag). Public: {@code
 * importing} and {@code topology.web} use it.
 */
public record Versioned<T>(T value, long version) {}
