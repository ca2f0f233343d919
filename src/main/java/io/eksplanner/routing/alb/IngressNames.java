package io.eksplanner.routing.alb;

import io.eksplanner.topology.model.ClusterTopology.Ingress;

/** How plans, messages and rules name an Ingress. */
final class IngressNames {

    private IngressNames() {}

    /** The id of the plan of an Ingress in no named group: {@code ingress.<namespace>.<name>}. */
    static String implicitId(Ingress ingress) {
        return "ingress." + ingress.namespace() + "." + ingress.name();
    }

    /** The Ingress as a plan's source: {@code Ingress <namespace>/<name>}. */
    static String source(Ingress ingress) {
        return "Ingress " + key(ingress);
    }

    /** {@code <namespace>/<name>}. */
    static String key(Ingress ingress) {
        return ingress.namespace() + "/" + ingress.name();
    }
}
