package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.ClusterTopology.PortRef;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backends an ALB's rules forward to, one per Ingress, Service and port as the Ingress names it, in the order the
 * rules first name them, as the controller keys its target groups (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_target_group.go}, {@code
 * buildTargetGroupResourceID}): two Ingresses routing to one Service port get two target groups, each with its own
 * Ingress's annotations. A rule naming a Service or port that does not exist gets the controller's fixed 503 and a
 * problem (src/docs/reference/aws-load-balancers.md §8.3).
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

    /**
     * The action for a member's backend ({@code path} is the JSON path of its serviceName): forward to its target
     * group, or the fixed 503 when it is missing.
     */
    String forward(GroupedIngress member, String serviceName, PortRef servicePort, String path) {
        var ingress = member.ingress();
        var serviceKey = ingress.namespace() + "/" + serviceName;
        var index = context.serviceIndex(ingress.namespace(), serviceName);
        int portIndex = index == null ? -1 : portIndex(index, servicePort);
        if (index == null || portIndex < 0) {
            var missing = index == null
                    ? "Service " + serviceKey + " does not exist"
                    : "Service " + serviceKey + " has no port "
                            + (servicePort == null ? "" : Objects.toString(portText(servicePort)));
            problems.add(new Problem(
                    ProblemCode.INGRESS_BACKEND_MISSING,
                    path,
                    "Ingress " + member.key() + " routes to a missing backend: " + missing
                            + "; the controller answers those requests with a fixed 503 response"));
            return "fixed-response 503";
        }
        var service = context.topology().services().get(index);
        var name = serviceKey + ":" + service.ports().get(portIndex).port();
        var id = ingress.namespace() + "/" + ingress.name() + "-" + serviceName + ":" + portText(servicePort);
        backends.putIfAbsent(id, new Backend(id, name, member, service, index, portIndex));
        return "forward " + name;
    }

    /** The index of the Service's port that {@code servicePort} names by number or by name, or -1. */
    private int portIndex(int serviceIndex, PortRef servicePort) {
        var ports = context.topology().services().get(serviceIndex).ports();
        for (int p = 0; p < ports.size(); p++) {
            if (servicePort != null
                    && (servicePort.number() != null
                            ? servicePort.number() == ports.get(p).port()
                            : servicePort.name().equals(ports.get(p).name()))) {
                return p;
            }
        }
        return -1;
    }

    private static Object portText(PortRef port) {
        return port.number() != null ? port.number() : port.name();
    }
}
