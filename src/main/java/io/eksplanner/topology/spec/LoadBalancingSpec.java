package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.LoadBalancerController;

/**
 * Which load-balancer controllers run in the cluster (src/docs/domain-rules.md §4). Public: {@code topology} uses it.
 */
public record LoadBalancingSpec(LoadBalancerController controller, Boolean serviceMutatorWebhook) {
    ClusterTopology.LoadBalancing toModel() {
        return new ClusterTopology.LoadBalancing(controller, serviceMutatorWebhook);
    }
}
