package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each owner's health-check defaults, and the annotations that override the AWS Load Balancer Controller's. */
class HealthChecksTests {

    static final String S = "service.beta.kubernetes.io/";
    static final String A = "alb.ingress.kubernetes.io/";

    @Test
    void givesTheLegacyControllersChecksWhateverTheAnnotations() {
        assertThat(HealthChecks.legacy(LoadBalancerType.CLB, true, 31000, Annotations.service(Map.of())))
                .isEqualTo(new HealthCheck("HTTP", "31000", "/healthz", 10, 5, 2, 6, null));
        assertThat(HealthChecks.legacy(LoadBalancerType.NLB, false, null, Annotations.service(Map.of())))
                .isEqualTo(new HealthCheck("TCP", "traffic-port", null, 30, 10, 3, 3, null));
    }

    @Test
    void letsAnnotationsOverrideTheNlbCheck() {
        var annotations = Annotations.service(Map.of(
                S + "aws-load-balancer-healthcheck-protocol", "http",
                S + "aws-load-balancer-healthcheck-unhealthy-threshold", "4"));

        assertThat(HealthChecks.nlb(true, false, true, null, annotations))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/", 10, 10, 3, 4, "200-399"));
        assertThat(HealthChecks.nlb(false, true, true, 31000, Annotations.service(Map.of())))
                .isEqualTo(new HealthCheck("HTTP", "31000", "/healthz", 10, 6, 2, 2, "200-399"));
        assertThat(HealthChecks.nlb(
                        false,
                        true,
                        true,
                        31000,
                        Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-protocol", "tcp"))))
                .isEqualTo(new HealthCheck("TCP", "31000", null, 10, 6, 2, 2, null));
    }

    @Test
    void checksAnAlbTargetGroupOverItsBackendProtocolUnlessAnnotated() {
        assertThat(HealthChecks.alb(Annotations.alb(Map.of()), "HTTPS"))
                .isEqualTo(new HealthCheck("HTTPS", "traffic-port", "/", 15, 5, 2, 2, "200"));
        assertThat(HealthChecks.alb(
                        Annotations.alb(Map.of(
                                A + "healthcheck-protocol", "HTTP",
                                A + "healthcheck-path", "/ready",
                                A + "healthy-threshold-count", "5",
                                A + "success-codes", "200-299")),
                        "HTTPS"))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/ready", 15, 5, 5, 2, "200-299"));
    }

    @Test
    void letsTheHealthCheckAnnotationsOverrideTheLegacyClbAndNlbChecks() {
        var annotations = Annotations.service(Map.of(
                S + "aws-load-balancer-healthcheck-interval", "20",
                S + "aws-load-balancer-healthcheck-timeout", "7",
                S + "aws-load-balancer-healthcheck-healthy-threshold", "4",
                S + "aws-load-balancer-healthcheck-unhealthy-threshold", "+5",
                S + "aws-load-balancer-healthcheck-protocol", "http",
                S + "aws-load-balancer-healthcheck-path", "/ready"));

        // A CLB's one check on the first port's NodePort takes the protocol and path too
        // (ensureLoadBalancerHealthCheck).
        assertThat(HealthChecks.legacy(LoadBalancerType.CLB, false, null, annotations))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/ready", 20, 7, 4, 5, null));
        assertThat(HealthChecks.legacy(LoadBalancerType.NLB, false, null, annotations))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/ready", 20, 7, 4, 5, null));
    }

    /**
     * cloud-provider-aws 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code pkg/providers/v1/aws.go}, {@code
     * EnsureLoadBalancer}, and {@code aws_loadbalancer.go}, {@code ensureLoadBalancerHealthCheck}: the CLB's target is
     * the protocol, port and path annotations over the defaults.
     */
    @Test
    void buildsTheLegacyClbTargetFromTheProtocolPortAndPathAnnotations() {
        // Local with port traffic-port: HTTP /healthz on the first port's NodePort, not the health-check NodePort.
        assertThat(HealthChecks.legacy(
                        LoadBalancerType.CLB,
                        true,
                        31000,
                        Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-port", "traffic-port"))))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/healthz", 10, 5, 2, 6, null));
        // Cluster with an HTTP check and no path: "/" on the annotated port.
        assertThat(HealthChecks.legacy(
                        LoadBalancerType.CLB,
                        false,
                        null,
                        Annotations.service(Map.of(
                                S + "aws-load-balancer-healthcheck-protocol", "HTTP",
                                S + "aws-load-balancer-healthcheck-port", "+32000"))))
                .isEqualTo(new HealthCheck("HTTP", "32000", "/", 10, 5, 2, 6, null));
        // Local switched to TCP keeps the health-check NodePort and drops the path.
        assertThat(HealthChecks.legacy(
                        LoadBalancerType.CLB,
                        true,
                        31000,
                        Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-protocol", "tcp"))))
                .isEqualTo(new HealthCheck("TCP", "31000", null, 10, 5, 2, 6, null));
        var invalid = Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-port", "http"));
        assertThatThrownBy(() -> HealthChecks.legacy(LoadBalancerType.CLB, false, null, invalid))
                .isInstanceOf(Annotations.InvalidAnnotation.class)
                .hasMessage("strconv.ParseInt: parsing \"http\": invalid syntax");
    }

    /** aws-load-balancer-controller v3.5.0 {@code buildTargetGroupHealthCheckProtocol}: TCP, HTTP or HTTPS only. */
    @Test
    void refusesAnNlbHealthCheckProtocolTheControllerDoesNotKnow() {
        var udp = Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-protocol", "udp"));
        assertThatThrownBy(() -> HealthChecks.nlb(false, false, true, null, udp))
                .isInstanceOf(Annotations.InvalidAnnotation.class)
                .hasMessage("unsupported health check protocol udp");
        var https = Annotations.service(Map.of(S + "aws-load-balancer-healthcheck-protocol", "Https"));
        assertThat(HealthChecks.nlb(true, false, true, null, https).protocol()).isEqualTo("HTTPS");
    }
}
