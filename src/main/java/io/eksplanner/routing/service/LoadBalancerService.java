package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import java.util.List;

/** A Service of type LoadBalancer as the controllers read it: its plan's id and source, and its annotations. */
record LoadBalancerService(Service service, Annotations annotations) {

    static LoadBalancerService of(Service service) {
        return new LoadBalancerService(service, Annotations.service(service.annotations()));
    }

    /** The plan's id, stable and URL-safe: {@code service.<namespace>.<name>}. */
    String id() {
        return "service." + service.namespace() + "." + service.name();
    }

    List<String> source() {
        return List.of("Service " + service.namespace() + "/" + service.name());
    }

    /** Whether the Service keeps traffic on the node it arrives at ({@code externalTrafficPolicy: Local}). */
    boolean local() {
        return service.externalTrafficPolicy() == ExternalTrafficPolicy.Local;
    }

    /** The Service gets no load balancer from {@code owner} (null: from no controller), for {@code reason}. */
    LoadBalancerPlan none(LoadBalancerOwner owner, String reason) {
        return LoadBalancerPlan.none(id(), source(), owner, reason);
    }
}
