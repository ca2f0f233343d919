package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.RoutingContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backends an ALB's rules forward to, one per Ingress, Service and port as the Ingress names it, in the order the
 * rules first name them, as the controller keys its target groups (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_target_group.go}, {@code
 * buildTargetGroupResourceID}): two Ingresses routing to one Service port get two target groups, each with its own
 * Ingress's annotations (src/docs/reference/aws-load-balancers.md §8.3); and the problems found while naming them.
 */
final class Backends {

    private final RoutingContext context;
    private final List<Problem> problems;
    private final Map<String, Backend> backends = new LinkedHashMap<>();

    Backends(RoutingContext context, List<Problem> problems) {
        this.context = context;
        this.problems = problems;
    }

    /** The backends named so far, in first-named order. */
    Collection<Backend> all() {
        return backends.values();
    }

    /** Where problems found while resolving actions go. */
    List<Problem> problems() {
        return problems;
    }

    /**
     * The index in {@code services} of the Service {@code serviceName} in the member's namespace, or null when the
     * cluster has no such Service: none in the topology, or one the apiserver refused for want of NodePorts.
     */
    Integer serviceIndex(GroupedIngress member, String serviceName) {
        return context.existingServiceIndex(member.ingress().namespace(), serviceName);
    }

    /** Whether the topology holds the Service {@code serviceName} but the apiserver refused it for want of NodePorts. */
    boolean refused(GroupedIngress member, String serviceName) {
        return serviceIndex(member, serviceName) == null
                && context.serviceIndex(member.ingress().namespace(), serviceName) != null;
    }

    /**
     * The target group of the Service at {@code serviceIndex} on {@code servicePort} (a number, or a port name) for
     * this member, registered as a backend keyed {@code <namespace>/<ingress>-<service>:<port as written>}; answered
     * with that backend, whose readable name is {@code <namespace>/<service>:<port>}.
     *
     * @throws AnnotatedAction.Invalid when the Service has no such port: the controller's {@code buildTargetGroup}
     *     fails the model ({@code pkg/k8s/service_utils.go}, {@code LookupServicePort})
     */
    Backend targetGroup(GroupedIngress member, int serviceIndex, String servicePort) {
        var service = context.topology().services().get(serviceIndex);
        var ports = service.ports();
        boolean byNumber = servicePort != null && servicePort.matches("-?[0-9]+");
        for (int p = 0; p < ports.size(); p++) {
            var port = ports.get(p);
            if (byNumber ? servicePort.equals(String.valueOf(port.port())) : servicePort.equals(port.name())) {
                var name = service.namespace() + "/" + service.name() + ":" + port.port();
                var ingress = member.ingress();
                var id = ingress.namespace() + "/" + ingress.name() + "-" + service.name() + ":" + servicePort;
                int portIndex = p;
                return backends.computeIfAbsent(
                        id, key -> new Backend(key, name, member, service, serviceIndex, portIndex));
            }
        }
        throw new AnnotatedAction.Invalid(
                "unable to find port " + servicePort + " on service " + service.namespace() + "/" + service.name());
    }
}
