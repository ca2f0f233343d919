package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import io.eksplanner.topology.model.ClusterTopology.IngressClassParameters;

/**
 * An Ingress in its IngressGroup: its index in {@code ingresses}, its class's IngressClassParams and their index,
 * the group's id, its order in the group, and what was wrong with that order (null when nothing).
 */
record GroupedIngress(
        int index,
        Ingress ingress,
        IngressClassParameters parameters,
        Integer classIndex,
        String groupId,
        int order,
        Problem orderProblem) {

    /** The Ingress's {@code alb.ingress.kubernetes.io/} annotations. */
    Annotations annotations() {
        return Annotations.alb(ingress.annotations());
    }

    /** The value of the Ingress's {@code alb.ingress.kubernetes.io/<suffix>} annotation, or null. */
    String annotation(String suffix) {
        return annotations().get(suffix);
    }

    /** The JSON path of the Ingress's annotations, where problems with them are reported. */
    String annotationsPath() {
        return "ingresses[" + index + "].annotations";
    }

    /** The Ingress's {@code namespace/name}. */
    String key() {
        return IngressNames.key(ingress);
    }
}
