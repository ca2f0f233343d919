package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoadBalancerProblemsRuleTests {

    private final LoadBalancerProblemsRule rule = new LoadBalancerProblemsRule();

    private static Topologies withIngress(String annotations, String className, String serviceName) {
        return Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .add("ingresses", """
                        {"name": "web", "namespace": "default", "ingressClassName": %s, "annotations": %s,
                         "rules": [{"paths": [{"path": "/", "pathType": "Prefix", "serviceName": "%s",
                                               "servicePort": 80}]}]}
                        """.formatted(
                                className == null ? "null" : "\"" + className + "\"", annotations, serviceName));
    }

    private static Topologies withIngress(String annotations) {
        return withIngress(annotations, "alb", "my-nginx");
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(
                        "inbound-cidrs that do not parse",
                        (Supplier<Topologies>)
                                () -> withIngress("{\"alb.ingress.kubernetes.io/inbound-cidrs\": \"10.0.0.0/8,any\"}"),
                        "LB_BUILD_FAILED",
                        Severity.ERROR,
                        "ingresses[0].annotations"),
                Arguments.of(
                        "internal-elb tags in one AZ only",
                        (Supplier<Topologies>) () -> withIngress("{}")
                                .set("subnets[4].tags", Map.of())
                                .set("subnets[5].tags", Map.of()),
                        "ALB_SUBNET_AZ_COUNT",
                        Severity.ERROR,
                        "subnets"),
                Arguments.of(
                        "an upper-case group name",
                        (Supplier<Topologies>)
                                () -> withIngress("{\"alb.ingress.kubernetes.io/group.name\": \"Shop\"}"),
                        "INGRESS_GROUP_NAME_INVALID",
                        Severity.ERROR,
                        "ingresses[0].annotations"),
                Arguments.of(
                        "a group order out of range",
                        (Supplier<Topologies>)
                                () -> withIngress("{\"alb.ingress.kubernetes.io/group.order\": \"-1001\"}"),
                        "INGRESS_GROUP_ORDER_INVALID",
                        Severity.ERROR,
                        "ingresses[0].annotations"),
                Arguments.of(
                        "two schemes in one group",
                        (Supplier<Topologies>) () -> withIngress(
                                        "{\"alb.ingress.kubernetes.io/group.name\": \"shop\", \"alb.ingress.kubernetes.io/scheme\": \"internal\"}")
                                .add("ingresses", """
                                        {"name": "web2", "namespace": "default", "ingressClassName": "alb",
                                         "annotations": {"alb.ingress.kubernetes.io/group.name": "shop",
                                                         "alb.ingress.kubernetes.io/scheme": "internet-facing"},
                                         "rules": []}
                                        """),
                        "INGRESS_GROUP_CONFLICT",
                        Severity.ERROR,
                        "ingresses[1].annotations"),
                Arguments.of(
                        "a missing IngressClass",
                        (Supplier<Topologies>) () -> withIngress("{}", "missing", "my-nginx"),
                        "INGRESS_CLASS_UNKNOWN",
                        Severity.ERROR,
                        "ingresses[0].ingressClassName"),
                Arguments.of(
                        "conditions the validating webhook refuses",
                        (Supplier<Topologies>)
                                () -> withIngress(
                                        "{\"alb.ingress.kubernetes.io/conditions.my-nginx\": \"[{\\\"field\\\": \\\"source-ip\\\"}]\"}"),
                        "INGRESS_REJECTED",
                        Severity.ERROR,
                        "ingresses[0].annotations"),
                Arguments.of(
                        "an HTTPS port whose certificates are discovered",
                        (Supplier<Topologies>) () -> withIngress(
                                        "{\"alb.ingress.kubernetes.io/listen-ports\": \"[{\\\"HTTPS\\\": 443}]\"}")
                                .set("ingresses[0].tls", List.of(Map.of("hosts", List.of("shop.example.com")))),
                        "ALB_CERTIFICATES_DISCOVERED",
                        Severity.INFO,
                        "ingresses[0].tls"),
                Arguments.of(
                        "a tls section without an HTTPS port",
                        (Supplier<Topologies>) () -> withIngress("{}")
                                .set("ingresses[0].tls", List.of(Map.of("hosts", List.of("shop.example.com")))),
                        "INGRESS_TLS_IGNORED",
                        Severity.WARNING,
                        "ingresses[0].tls"),
                Arguments.of(
                        "a missing backend Service",
                        (Supplier<Topologies>) () -> withIngress("{}", "alb", "gone"),
                        "INGRESS_BACKEND_MISSING",
                        Severity.WARNING,
                        "ingresses[0].rules[0].paths[0].serviceName"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("problems")
    void reportsWhatTheControllerRefuses(
            String name, Supplier<Topologies> topology, String code, Severity severity, String path) {
        var findings = topology.get().findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple(code, severity, path));
        assertThat(findings.get(0).hint()).isNotBlank();
        assertThat(findings.get(0).source()).contains("AWS Load Balancer Controller");
    }

    @Test
    void reportsInstanceTargetsOnAClusterIpServiceAsTheCauseOfAFailedAlb() {
        var findings = withIngress("{}")
                .set("services[0].type", "ClusterIP")
                .set("services[0].ports[0].nodePort", null)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("LB_NODEPORT_REQUIRED", Severity.ERROR, "services[0].type"),
                        tuple("LB_BUILD_FAILED", Severity.ERROR, "services[0].type"));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.hint()).isNotBlank());
    }

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void findsNothingForAWellFormedIngress() {
        assertThat(withIngress("{}").findings(rule)).isEmpty();
    }

    @Test
    void reportsAProblemSharedByTwoPathsOnce() {
        var findings = withIngress("{}", "alb", "gone")
                .set(
                        "ingresses[0].annotations",
                        Map.of("alb.ingress.kubernetes.io/listen-ports", "[{\"HTTP\": 80}, {\"HTTP\": 8080}]"))
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("INGRESS_BACKEND_MISSING");
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        assertThat(Topologies.named("bare").findings(rule)).isEmpty();
    }
}
