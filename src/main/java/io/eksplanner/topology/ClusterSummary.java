package io.eksplanner.topology;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One line of the cluster list: identity, version and how much the topology holds. Public: {@code topology.web} uses
 * it.
 */
@Schema(name = "ClusterSummary")
public record ClusterSummary(
        @Schema(description = "the cluster's name, its key in /api/v1/clusters/{cluster}")
        String name,

        @Schema(description = "the cluster's AWS Region; null when not given")
        String region,

        @Schema(description = "the cluster's Kubernetes minor version; null when not given")
        String kubernetesVersion,

        @Schema(
                description =
                        "the cluster's version, 0 when created and one more with every write: the ETag of its resources")
        long version,

        @Schema(description = "when the cluster was created, an RFC 3339 UTC timestamp")
        Instant createdAt,

        @Schema(description = "when the cluster was last written, an RFC 3339 UTC timestamp")
        Instant updatedAt,

        @Schema(description = "how many subnets the cluster holds")
        int subnets,

        @Schema(description = "how many node groups the cluster holds")
        int nodeGroups,

        @Schema(description = "how many workloads the cluster holds")
        int workloads,

        @Schema(description = "how many Services the cluster holds")
        int services,

        @Schema(description = "how many Ingresses the cluster holds")
        int ingresses) {}
