package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import java.util.Locale;

/**
 * Health-check defaults by owner, type, target type and traffic policy (src/docs/reference/aws-load-balancers.md §5),
 * with the annotations that override the AWS Load Balancer Controller's. Public because the service and alb packages
 * build their target groups' checks with it.
 */
public final class HealthChecks {

    private static final String TRAFFIC_PORT = "traffic-port";
    private static final String HEALTHZ = "/healthz";
    private static final String LEGACY_HC = "aws-load-balancer-healthcheck-";

    private HealthChecks() {}

    /**
     * The legacy cloud provider's check (cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4): a CLB has one
     * (see {@link #clb}); an NLB's defaults differ and the protocol, path and port annotations apply too ({@code
     * pkg/providers/v1/aws.go}, {@code buildNLBHealthCheckConfiguration}). Integers parse as Go's {@code
     * strconv.ParseInt}.
     *
     * @throws Annotations.InvalidAnnotation when a value does not parse, or names a protocol the provider refuses
     */
    public static HealthCheck legacy(
            LoadBalancerType type, boolean local, Integer healthCheckNodePort, Annotations annotations) {
        String healthPort = port(healthCheckNodePort);
        HealthCheck defaults;
        if (type == LoadBalancerType.CLB) {
            return clb(local, healthPort, annotations);
        }
        defaults = local
                ? new HealthCheck("HTTP", healthPort, HEALTHZ, 10, 10, 2, 2, null)
                : new HealthCheck("TCP", TRAFFIC_PORT, null, 30, 10, 3, 3, null);
        var protocolName = annotations.get(LEGACY_HC + "protocol");
        var protocol = protocolName == null ? defaults.protocol() : protocolName.toUpperCase(Locale.ROOT);
        if (!protocol.equals("TCP") && !protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(LEGACY_HC + "protocol"), "Unsupported health check protocol " + protocol);
        }
        var port = annotations.getOrDefault(LEGACY_HC + "port", defaults.port());
        if (!port.equals(TRAFFIC_PORT) && !port.matches("[+-]?[0-9]+")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(LEGACY_HC + "port"), "Invalid health check port '" + port + "'");
        }
        return new HealthCheck(
                protocol,
                port,
                protocol.equals("TCP")
                        ? null
                        : annotations.getOrDefault(
                                LEGACY_HC + "path", defaults.path() == null ? HEALTHZ : defaults.path()),
                annotations.intValue(LEGACY_HC + "interval", defaults.intervalSeconds()),
                annotations.intValue(LEGACY_HC + "timeout", defaults.timeoutSeconds()),
                annotations.intValue(LEGACY_HC + "healthy-threshold", defaults.healthyThreshold()),
                annotations.intValue(LEGACY_HC + "unhealthy-threshold", defaults.unhealthyThreshold()),
                null);
    }

    /**
     * A legacy CLB's one check (cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code
     * pkg/providers/v1/aws.go}, {@code EnsureLoadBalancer}, and {@code pkg/providers/v1/aws_loadbalancer.go}, {@code
     * ensureLoadBalancerHealthCheck}, {@code getExpectedHealthCheck}): TCP, or SSL when the backend protocol is https
     * or ssl, on the first port's NodePort ({@value #TRAFFIC_PORT} here); with {@code Local} HTTP {@code /healthz} on
     * the health-check NodePort, or on the first port's NodePort when the port annotation says {@value
     * #TRAFFIC_PORT}. The protocol annotation then replaces the protocol, a numeric port annotation the port, and for
     * HTTP or HTTPS the path annotation the path ({@code /} when there is none); the thresholds, timeout and interval
     * annotations apply last.
     */
    private static HealthCheck clb(boolean local, String healthPort, Annotations annotations) {
        var backend = annotations
                .getOrDefault("aws-load-balancer-backend-protocol", "")
                .toLowerCase(Locale.ROOT);
        var protocol = local ? "HTTP" : backend.equals("https") || backend.equals("ssl") ? "SSL" : "TCP";
        var port = local ? healthPort : TRAFFIC_PORT;
        var path = local ? HEALTHZ : null;
        var portAnnotation = annotations.get(LEGACY_HC + "port");
        if (TRAFFIC_PORT.equals(portAnnotation)) {
            port = TRAFFIC_PORT;
        } else if (portAnnotation != null) {
            port = goInt(annotations, LEGACY_HC + "port", portAnnotation);
        }
        // The annotation's protocol goes into the target as written; shown upper-cased like every other check.
        protocol = annotations.getOrDefault(LEGACY_HC + "protocol", protocol).toUpperCase(Locale.ROOT);
        if (protocol.equals("HTTP") || protocol.equals("HTTPS")) {
            var annotated = annotations.get(LEGACY_HC + "path");
            path = annotated != null && !annotated.isEmpty() ? annotated : path == null ? "/" : path;
        } else {
            path = null;
        }
        return new HealthCheck(
                protocol,
                port,
                path,
                annotations.intValue(LEGACY_HC + "interval", 10),
                annotations.intValue(LEGACY_HC + "timeout", 5),
                annotations.intValue(LEGACY_HC + "healthy-threshold", 2),
                annotations.intValue(LEGACY_HC + "unhealthy-threshold", 6),
                null);
    }

    /**
     * The AWS Load Balancer Controller's NLB check: HTTP {@code /healthz} on the health-check NodePort for instance
     * targets of a LoadBalancer Service with {@code Local}, else TCP on the traffic port; the
     * {@code aws-load-balancer-healthcheck-*} annotations override each field. The protocol, in any case, must be TCP,
     * HTTP or HTTPS (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
     * pkg/service/model_build_target_group.go}, {@code buildTargetGroupHealthCheckProtocol}); the port is returned as
     * written, a named one for the caller to resolve against the Service's ports ({@code
     * buildTargetGroupHealthCheckPort}).
     *
     * @throws Annotations.InvalidAnnotation when the protocol is none of those, or an integer does not parse
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
        if (!chosenProtocol.equals("TCP") && !chosenProtocol.equals("HTTP") && !chosenProtocol.equals("HTTPS")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("aws-load-balancer-healthcheck-protocol"),
                    "unsupported health check protocol " + protocol);
        }
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
        return alb(annotations, backendProtocol, "HTTP1");
    }

    /**
     * The ALB check of a target group whose backend speaks {@code protocolVersion}: HTTP1 and HTTP2 check {@code /}
     * and expect HTTP code {@code 200}, GRPC checks {@code /AWS.ALB/healthcheck} and expects gRPC code {@code 12};
     * the protocol is the backend protocol, exactly {@code HTTP} or {@code HTTPS} (aws-load-balancer-controller
     * v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/ingress/model_build_target_group.go},
     * {@code buildTargetGroupHealthCheckPath}, {@code buildTargetGroupHealthCheckMatcher}, {@code
     * buildTargetGroupHealthCheckProtocol}; the defaults in {@code pkg/ingress/model_builder.go}).
     *
     * @throws Annotations.InvalidAnnotation when {@code healthcheck-protocol} is neither, or an integer does not parse
     */
    public static HealthCheck alb(Annotations annotations, String backendProtocol, String protocolVersion) {
        boolean grpc = "GRPC".equals(protocolVersion);
        var protocol = annotations.getOrDefault("healthcheck-protocol", backendProtocol);
        if (!protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("healthcheck-protocol"), "healthCheckProtocol must be within [HTTP, HTTPS]");
        }
        return new HealthCheck(
                protocol,
                annotations.getOrDefault("healthcheck-port", TRAFFIC_PORT),
                annotations.getOrDefault("healthcheck-path", grpc ? "/AWS.ALB/healthcheck" : "/"),
                annotations.intValue("healthcheck-interval-seconds", 15),
                annotations.intValue("healthcheck-timeout-seconds", 5),
                annotations.intValue("healthy-threshold-count", 2),
                annotations.intValue("unhealthy-threshold-count", 2),
                annotations.getOrDefault("success-codes", grpc ? "12" : "200"));
    }

    /** {@code value} as Go's {@code strconv.ParseInt(value, 10, 0)} reads it, written back in decimal. */
    private static String goInt(Annotations annotations, String suffix, String value) {
        String why = "invalid syntax";
        if (value.matches("[+-]?[0-9]+")) {
            try {
                return String.valueOf(Long.parseLong(value));
            } catch (NumberFormatException e) {
                why = "value out of range";
            }
        }
        throw new Annotations.InvalidAnnotation(
                annotations.key(suffix), "strconv.ParseInt: parsing \"" + value + "\": " + why);
    }

    private static String port(Integer healthCheckNodePort) {
        return healthCheckNodePort == null ? TRAFFIC_PORT : String.valueOf(healthCheckNodePort);
    }
}
