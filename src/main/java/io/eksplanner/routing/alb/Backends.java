package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.RoutingContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backends an ALB's rules forward to, each once, in the order the rules first name them
 * (src/docs/reference/aws-load-balancers.md §8.3), and the problems found while naming them.
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

    /** The index in {@code services} of the Service {@code serviceName} in the member's namespace, or null. */
    Integer serviceIndex(GroupedIngress member, String serviceName) {
        return context.serviceIndex(member.ingress().namespace(), serviceName);
    }

    /**
     * The target group of the Service at {@code serviceIndex} on {@code servicePort} (a number, or a port name),
     * named {@code <namespace>/<service>:<port>} and registered as a backend.
     *
     * @throws AnnotatedAction.Invalid when the Service has no such port: the controller's {@code buildTargetGroup}
     *     fails the model ({@code pkg/k8s/service_utils.go}, {@code LookupServicePort})
     */
    String targetGroup(GroupedIngress member, int serviceIndex, String servicePort) {
        var service = context.topology().services().get(serviceIndex);
        var ports = service.ports();
        boolean byNumber = servicePort != null && servicePort.matches("-?[0-9]+");
        for (int p = 0; p < ports.size(); p++) {
            var port = ports.get(p);
            if (byNumber ? servicePort.equals(String.valueOf(port.port())) : servicePort.equals(port.name())) {
                var name = service.namespace() + "/" + service.name() + ":" + port.port();
                backends.putIfAbsent(name, new Backend(name, member, service, serviceIndex, p));
                return name;
            }
        }
        throw new AnnotatedAction.Invalid(
                "unable to find port " + servicePort + " on service " + service.namespace() + "/" + service.name());
    }
}
