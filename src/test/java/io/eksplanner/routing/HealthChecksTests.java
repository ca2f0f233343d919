package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;

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

        // A CLB keeps its one target (TCP on the first port's NodePort); only thresholds and timings change.
        assertThat(HealthChecks.legacy(LoadBalancerType.CLB, false, null, annotations))
                .isEqualTo(new HealthCheck("TCP", "traffic-port", null, 20, 7, 4, 5, null));
        assertThat(HealthChecks.legacy(LoadBalancerType.NLB, false, null, annotations))
                .isEqualTo(new HealthCheck("HTTP", "traffic-port", "/ready", 20, 7, 4, 5, null));
    }
}
