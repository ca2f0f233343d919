package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
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

    /** The Service is never created: no owner, no load balancer, {@code problem} recorded. */
    LoadBalancerPlan refused(String reason, Problem problem) {
        return LoadBalancerPlan.none(id(), source(), null, reason, List.of(problem));
    }

    /**
     * The controller fails to build the Service's model on an annotation it cannot parse: no load balancer, the
     * error as the reason, and an {@code LB_BUILD_FAILED} problem on {@code path} naming the Service and annotation.
     */
    LoadBalancerPlan failed(LoadBalancerOwner owner, String path, Annotations.InvalidAnnotation invalid) {
        return failed(owner, path, invalid.getMessage());
    }

    /**
     * The controller refuses the Service: no load balancer, {@code error} the reason, LB_BUILD_FAILED on {@code path}.
     */
    LoadBalancerPlan failed(LoadBalancerOwner owner, String path, String error) {
        return failed(owner, ProblemCode.LB_BUILD_FAILED, path, error);
    }

    /** The controller refuses the Service: no load balancer, {@code error} the reason, {@code code} on {@code path}. */
    LoadBalancerPlan failed(LoadBalancerOwner owner, ProblemCode code, String path, String error) {
        var message = "Service " + service.namespace() + "/" + service.name() + ": " + error;
        return LoadBalancerPlan.none(id(), source(), owner, error, List.of(new Problem(code, path, message)));
    }
}
