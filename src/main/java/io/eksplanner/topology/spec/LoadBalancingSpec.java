package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.LoadBalancerController;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which load-balancer controllers run in the cluster (src/docs/domain-rules.md §4). Public: {@code topology} uses it.
 */
@Schema(
        name = "LoadBalancingSpec",
        description =
                "Which load-balancer controllers run in the cluster (src/docs/domain-rules.md §4); null = LEGACY only")
public record LoadBalancingSpec(
        @Schema(
                description =
                        "what runs in the cluster: LEGACY (null = LEGACY; only the cloud provider's controller: CLBs and NLB instance targets, no ALBs) or AWS_LOAD_BALANCER_CONTROLLER (v2.5+, beside the legacy one)")
        LoadBalancerController controller,

        @Schema(
                description =
                        "under the controller: true (null = true, the Helm default) gives every LoadBalancer Service without a class service.k8s.aws/nlb; false leaves plain ones to the legacy controller")
        Boolean serviceMutatorWebhook) {
    ClusterTopology.LoadBalancing toModel() {
        return new ClusterTopology.LoadBalancing(controller, serviceMutatorWebhook);
    }
}
