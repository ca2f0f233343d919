package io.eksplanner.topology;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One line of the cluster list: identity, version and how much the topology holds. Public: {@code topology.web} uses
 * it.
 */
@Schema(name = "ClusterSummary")
public record ClusterSummary(
        String name,
        String region,
        String kubernetesVersion,
        long version,
        Instant createdAt,
        Instant updatedAt,
        int subnets,
        int nodeGroups,
        int workloads,
        int services,
        int ingresses) {}
