package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Who can reach the cluster's Kubernetes API endpoint. Public: {@code importing.eksctl} and {@code topology} use it.
 */
@Schema(
        name = "EndpointAccessSpec",
        description = "The cluster API endpoint access; null = EKS defaults: public on, private off, from anywhere")
public record EndpointAccessSpec(
        @Schema(description = "the cluster's public API endpoint; null = on, as EKS defaults")
        Boolean publicAccess,

        @Schema(
                description =
                        "the cluster's private API endpoint; null = off, as EKS defaults; with publicAccess false too it is ENDPOINT_ACCESS_NONE")
        Boolean privateAccess,

        @Schema(
                description =
                        "IPv4 CIDR blocks allowed to reach the public endpoint; empty = 0.0.0.0/0; more than 40 is ENDPOINT_PUBLIC_CIDRS")
        List<@NotNull @ValidCidr String> publicAccessCidrs) {
    ClusterTopology.EndpointAccess toModel() {
        return new ClusterTopology.EndpointAccess(
                publicAccess, privateAccess, SpecValues.map(publicAccessCidrs, SpecValues::cidr));
    }
}
