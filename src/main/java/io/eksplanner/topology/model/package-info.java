/**
 * {@link io.eksplanner.topology.model.ClusterTopology}, the immutable snapshot of a topology that every engine reads,
 * and the enums of its vocabulary. Plain Java.
 */
package io.eksplanner.topology.model;
