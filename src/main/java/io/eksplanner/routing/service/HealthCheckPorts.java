package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.regex.Pattern;

/**
 * The port of the AWS Load Balancer Controller's NLB health check as the controller resolves it: {@code
 * traffic-port} and numbers as written (a number the way Go's {@code strconv.Atoi} reads it), anything else the name
 * of a Service port, which becomes that port's NodePort for instance targets and its numeric targetPort for ip
 * targets (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
 * pkg/service/model_build_target_group.go}, {@code buildTargetGroupHealthCheckPort}, through {@code intstr.Parse} and
 * {@code pkg/k8s/service_utils.go}, {@code LookupServicePort}; src/docs/reference/aws-load-balancers.md §2).
 */
final class HealthCheckPorts {

    private static final String ANNOTATION = "aws-load-balancer-healthcheck-port";
    private static final String TRAFFIC_PORT = "traffic-port";
    private static final Pattern GO_INT = Pattern.compile("[+-]?[0-9]+");

    private HealthCheckPorts() {}

    /**
     * {@code check} with its port resolved for {@code loadBalancer}'s Service.
     *
     * @throws Annotations.InvalidAnnotation when the name matches no Service port, or names one whose targetPort is a
     *     name while the targets are pod IPs: the controller fails the NLB
     */
    static HealthCheck resolve(
            RoutingContext context, LoadBalancerService loadBalancer, boolean ipTargets, HealthCheck check) {
        var raw = check.port();
        if (raw == null || raw.equals(TRAFFIC_PORT)) {
            return check;
        }
        if (GO_INT.matcher(raw).matches()) {
            try {
                return withPort(check, String.valueOf(Integer.parseInt(raw)));
            } catch (NumberFormatException outOfRange) {
                // strconv.Atoi fails, so intstr.Parse keeps the text: a port name that no port has.
            }
        }
        var service = loadBalancer.service();
        var key = loadBalancer.annotations().key(ANNOTATION);
        var ports = service.ports();
        for (int index = 0; index < ports.size(); index++) {
            ServicePort port = ports.get(index);
            if (!raw.equals(port.name())) {
                continue;
            }
            if (!ipTargets) {
                return withPort(check, String.valueOf(context.nodePort(service, index)));
            }
            if (port.targetPort() == null) {
                // The API server defaults targetPort to the port.
                return withPort(check, String.valueOf(port.port()));
            }
            if (port.targetPort().number() != null) {
                return withPort(check, String.valueOf(port.targetPort().number()));
            }
            throw new Annotations.InvalidAnnotation(
                    key,
                    "cannot use named healthCheckPort for IP TargetType when service's targetPort is a named port");
        }
        throw new Annotations.InvalidAnnotation(
                key,
                "failed to resolve healthCheckPort: unable to find port " + raw + " on service " + service.namespace()
                        + "/" + service.name());
    }

    private static HealthCheck withPort(HealthCheck check, String port) {
        return new HealthCheck(
                check.protocol(),
                port,
                check.path(),
                check.intervalSeconds(),
                check.timeoutSeconds(),
                check.healthyThreshold(),
                check.unhealthyThreshold(),
                check.matcher());
    }
}
