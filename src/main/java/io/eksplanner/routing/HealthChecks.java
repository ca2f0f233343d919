package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import java.util.Locale;

/**
 * Health-check defaults by owner, type, target type and traffic policy (src/docs/reference/aws-load-balancers.md §5), with the
 * annotations that override the AWS Load Balancer Controller's. Public because the service and alb packages build
 * their target groups' checks with it.
 */
public final class HealthChecks {

    private static final String TRAFFIC_PORT = "traffic-port";
    private static final String HEALTHZ = "/healthz";

    private HealthChecks() {}

    /**
     * The legacy controller's check, which no annotation changes: TCP on the traffic port, or with {@code Local}
     * HTTP {@code /healthz} on the health-check NodePort; a CLB's and an NLB's thresholds and timings differ.
     */
    public static HealthCheck legacy(LoadBalancerType type, boolean local, Integer healthCheckNodePort) {
        String healthPort = port(healthCheckNodePort);
        if (type == LoadBalancerType.CLB) {
            return local
                    ? new HealthCheck("HTTP", healthPort, HEALTHZ, 10, 5, 2, 6, null)
                    : new HealthCheck("TCP", TRAFFIC_PORT, null, 10, 5, 2, 6, null);
        }
        return local
                ? new HealthCheck("HTTP", healthPort, HEALTHZ, 10, 10, 2, 2, null)
                : new HealthCheck("TCP", TRAFFIC_PORT, null, 30, 10, 3, 3, null);
    }

    /**
     * The AWS Load Balancer Controller's NLB check: HTTP {@code /healthz} on the health-check NodePort for instance
     * targets of a LoadBalancer Service with {@code Local}, else TCP on the traffic port; the
     * {@code aws-load-balancer-healthcheck-*} annotations override each field.
     */
    public static HealthCheck nlb(
            boolean ipTargets,
            boolean local,
            boolean loadBalancerService,
            Integer healthCheckNodePort,
            Annotations annotations) {
        var defaults = !ipTargets && local && loadBalancerService
                ? new HealthCheck("HTTP", port(healthCheckNodePort), HEALTHZ, 10, 6, 2, 2, "200-399")
                : new HealthCheck("TCP", TRAFFIC_PORT, null, 10, 10, 3, 3, null);
        var protocol = annotations.get("aws-load-balancer-healthcheck-protocol");
        var chosenProtocol = protocol == null ? defaults.protocol() : protocol.toUpperCase(Locale.ROOT);
        boolean http = !chosenProtocol.equals("TCP");
        return new HealthCheck(
                chosenProtocol,
                annotations.getOrDefault("aws-load-balancer-healthcheck-port", defaults.port()),
                http
                        ? annotations.getOrDefault(
                                "aws-load-balancer-healthcheck-path", defaults.path() == null ? "/" : defaults.path())
                        : null,
                annotations.intValue("aws-load-balancer-healthcheck-interval", defaults.intervalSeconds()),
                annotations.intValue("aws-load-balancer-healthcheck-timeout", defaults.timeoutSeconds()),
                annotations.intValue("aws-load-balancer-healthcheck-healthy-threshold", defaults.healthyThreshold()),
                annotations.intValue(
                        "aws-load-balancer-healthcheck-unhealthy-threshold", defaults.unhealthyThreshold()),
                http ? annotations.getOrDefault("aws-load-balancer-healthcheck-success-codes", "200-399") : null);
    }

    /**
     * The ALB check: the backend protocol, traffic port, {@code /}, 15 s / 5 s, 2 / 2, {@code 200}, each field
     * overridden by its {@code alb.ingress.kubernetes.io/} annotation.
     */
    public static HealthCheck alb(Annotations annotations, String backendProtocol) {
        return new HealthCheck(
                annotations
                        .getOrDefault("healthcheck-protocol", backendProtocol)
                        .toUpperCase(Locale.ROOT),
                annotations.getOrDefault("healthcheck-port", TRAFFIC_PORT),
                annotations.getOrDefault("healthcheck-path", "/"),
                annotations.intValue("healthcheck-interval-seconds", 15),
                annotations.intValue("healthcheck-timeout-seconds", 5),
                annotations.intValue("healthy-threshold-count", 2),
                annotations.intValue("unhealthy-threshold-count", 2),
                annotations.getOrDefault("success-codes", "200"));
    }

    private static String port(Integer healthCheckNodePort) {
        return healthCheckNodePort == null ? TRAFFIC_PORT : String.valueOf(healthCheckNodePort);
    }
}
