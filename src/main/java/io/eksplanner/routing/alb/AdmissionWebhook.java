package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import java.util.List;

/**
 * The controller's validating webhook for Ingresses it takes: it refuses an Ingress whose {@code conditions.<name>}
 * annotation, for a Service a rule's path names, is no JSON list or holds a condition that fails {@code
 * RuleCondition.Validate}, so that Ingress never exists and joins no group (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code webhooks/networking/ingress_validator.go}, {@code
 * checkIngressAnnotationConditions}; src/docs/reference/aws-load-balancers.md §8.4). A default backend's conditions
 * are not checked there: the model build fails on them instead.
 */
final class AdmissionWebhook {

    private AdmissionWebhook() {}

    /** The plan of an Ingress the webhook refuses, or null when it admits it. */
    static LoadBalancerPlan rejection(int index, Ingress ingress) {
        var annotations = Annotations.alb(ingress.annotations());
        for (var rule : ingress.rules()) {
            for (var path : rule.paths()) {
                try {
                    AnnotatedConditions.of(annotations, path.serviceName());
                } catch (AnnotatedAction.Invalid invalid) {
                    var message = invalid.getMessage().startsWith("failed to parse json annotation")
                            ? invalid.getMessage()
                            : "ignoring Ingress " + IngressNames.key(ingress) + " since invalid "
                                    + annotations.key("conditions." + path.serviceName()) + " annotation: "
                                    + invalid.getMessage();
                    var reason = "the controller's validating webhook refuses the Ingress, so it is never created: "
                            + message;
                    return LoadBalancerPlan.none(
                            IngressNames.implicitId(ingress),
                            List.of(IngressNames.source(ingress)),
                            LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                            reason,
                            List.of(new Problem(
                                    ProblemCode.INGRESS_REJECTED,
                                    "ingresses[" + index + "].annotations",
                                    "Ingress " + IngressNames.key(ingress) + ": " + reason)));
                }
            }
        }
        return null;
    }
}
