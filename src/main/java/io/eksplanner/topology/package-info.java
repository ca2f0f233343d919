/**
 * The cluster aggregate: package-private JPA entities and repository, and {@link
 * io.eksplanner.topology.TopologyService}, which runs each use case in one transaction with the cluster row locked and
 * the version checked.
 */
package io.eksplanner.topology;
