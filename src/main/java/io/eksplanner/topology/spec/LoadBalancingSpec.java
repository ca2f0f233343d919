package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.LoadBalancerController;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which load-balancer controllers run in the cluster (src/docs/domain-rules.md §4). Public: {@code topology} uses it.
 */
@Schema(name = "LoadBalancingSpec")
public record LoadBalancingSpec(LoadBalancerController controller, Boolean serviceMutatorWebhook) {
    ClusterTopology.LoadBalancing toModel() {
        return new ClusterTopology.LoadBalancing(controller, serviceMutatorWebhook);
    }
}
