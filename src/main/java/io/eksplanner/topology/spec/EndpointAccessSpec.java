package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Who can reach the cluster's Kubernetes API endpoint. Public: {@code importing.eksctl} and {@code topology} use it.
 */
@Schema(name = "EndpointAccessSpec")
public record EndpointAccessSpec(
        Boolean publicAccess, Boolean privateAccess, List<@NotNull @ValidCidr String> publicAccessCidrs) {
    ClusterTopology.EndpointAccess toModel() {
        return new ClusterTopology.EndpointAccess(
                publicAccess, privateAccess, SpecValues.map(publicAccessCidrs, SpecValues::cidr));
    }
}
