package io.eksplanner.routing;

import io.eksplanner.topology.model.ClusterTopology.Service;
import java.util.List;

/**
 * Whether the apiserver's NodePort range, 30000–32767, holds the NodePorts every NodePort and LoadBalancer Service
 * asks for, created in topology order (src/docs/reference/aws-load-balancers.md §10.1). The apiserver refuses a
 * NodePort Service that finds the range full as it refuses a LoadBalancer one, whether or not any load balancer is
 * planned, so validation asks here rather than reading the load-balancer plans. Public because the validation
 * package's rule reads it.
 */
public final class NodePortRange {

    private NodePortRange() {}

    /**
     * The {@link ProblemCode#NODEPORT_RANGE_EXHAUSTED} problem naming the first Service refused, with the same path and
     * message the first refused LoadBalancer Service's plan carries; null when every Service gets its NodePorts.
     */
    public static LoadBalancerPlan.Problem exhaustion(List<Service> services) {
        return NodePorts.allocate(services).exhaustion();
    }
}
