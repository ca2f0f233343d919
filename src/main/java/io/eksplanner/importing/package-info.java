/**
 * Importing eksctl ClusterConfigs and Kubernetes manifests into topologies, and exporting them back. This package
 * holds the use case — {@link io.eksplanner.importing.ImportService}, the Spring edge that parses a stream, has the
 * readers read it, merges the result into a new or stored cluster and stores it — and the vocabulary every importing
 * package shares: the {@link io.eksplanner.importing.report.ImportLog} the readers write to, the
 * {@link io.eksplanner.importing.report.ImportReport} it becomes, and the {@link
 * io.eksplanner.importing.report.ImportProblem}s an {@link io.eksplanner.importing.report.ImportRejected} lists. The
 * engines live in {@code yaml}, {@code eksctl} and {@code manifests}; the HTTP endpoints in {@code web}.
 */
package io.eksplanner.importing;
