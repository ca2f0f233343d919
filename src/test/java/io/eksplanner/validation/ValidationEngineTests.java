package io.eksplanner.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole rule set on the canonical example and on mutations of it: each mutation triggers exactly its codes. */
class ValidationEngineTests {

    @Test
    void findsTheCanonicalExampleValidWithoutErrorsOrWarnings() {
        var report = Topologies.canonical().validate();

        assertThat(report.findings())
                .filteredOn(finding -> finding.severity() != Severity.INFO)
                .isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.summary().errors()).isZero();
        assertThat(report.summary().warnings()).isZero();
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation(
                        "every subnet in one AZ",
                        t -> {
                            for (int i = 0; i < 6; i++) {
                                t.set("subnets[" + i + "].availabilityZone", "ap-northeast-2a");
                            }
                            return t;
                        },
                        "SUBNET_AZ_COUNT",
                        "NODEGROUP_SINGLE_AZ"),
                mutation(
                        "a subnet overlapping another",
                        t -> t.set("subnets[1].cidr", "192.168.0.0/18"),
                        "SUBNET_OVERLAP"),
                mutation(
                        "a subnet outside the VPC", t -> t.set("subnets[5].cidr", "10.0.0.0/19"), "SUBNET_OUTSIDE_VPC"),
                mutation(
                        "host bits in the VPC CIDR",
                        t -> t.set("vpc.cidrBlocks[0]", "192.168.0.1/16"),
                        "VPC_CIDR_INVALID"),
                mutation(
                        "a /12 subnet",
                        t -> t.set("subnets[5].cidr", "192.160.0.0/12"),
                        "SUBNET_CIDR_INVALID",
                        "SUBNET_OUTSIDE_VPC",
                        "SUBNET_OVERLAP"),
                mutation("sizes out of order", t -> t.set("nodeGroups[0].minSize", 9), "NODEGROUP_SIZE_ORDER"),
                mutation(
                        "a misspelt instance type",
                        t -> t.set("nodeGroups[0].instanceType", "m5.larg"),
                        "INSTANCE_TYPE_UNKNOWN",
                        "POD_CAPACITY_EXCEEDED"),
                mutation(
                        "a node group naming a missing subnet",
                        t -> t.set("nodeGroups[0].subnets[1]", "public-z"),
                        "NODEGROUP_SUBNET_UNKNOWN",
                        "NODEGROUP_SINGLE_AZ"),
                mutation("no API endpoint", t -> t.set("endpointAccess.publicAccess", false), "ENDPOINT_ACCESS_NONE"),
                mutation(
                        "a private endpoint without DNS hostnames",
                        t -> t.set("endpointAccess.privateAccess", true).set("vpc.enableDnsHostnames", false),
                        "ENDPOINT_PRIVATE_DNS"),
                mutation(
                        "a reserved public access CIDR",
                        t -> t.set("endpointAccess.publicAccessCidrs", List.of("0.0.0.0/0", "127.0.0.0/8")),
                        "ENDPOINT_PUBLIC_CIDRS"),
                mutation(
                        "a service CIDR inside the VPC",
                        t -> t.set("serviceIpv4Cidr", "192.168.0.0/16"),
                        "SERVICE_CIDR_OVERLAP"),
                mutation(
                        "a public service CIDR",
                        t -> t.set("serviceIpv4Cidr", "100.64.0.0/16"),
                        "SERVICE_CIDR_INVALID"),
                mutation(
                        "a private subnet routed to an internet gateway",
                        t -> t.set("subnets[3].egress", "INTERNET_GATEWAY"),
                        "SUBNET_TYPE_EGRESS"),
                mutation(
                        "nodes in a public subnet without public IPs",
                        t -> t.set("subnets[1].mapPublicIpOnLaunch", false),
                        "NODE_PUBLIC_IP_MISSING"),
                mutation(
                        "a tiny control-plane subnet",
                        t -> t.set("subnets[0].cidr", "192.168.0.0/28"),
                        "SUBNET_FREE_IPS"),
                mutation(
                        "no load-balancer subnet tags",
                        t -> {
                            for (int i = 0; i < 6; i++) {
                                t.set("subnets[" + i + "].tags", java.util.Map.of());
                            }
                            return t;
                        },
                        "ELB_SUBNET_TAGS"),
                mutation(
                        "an ALB's instance targets on a ClusterIP Service",
                        t -> t.set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                                .set("services[0].type", "ClusterIP")
                                .set("services[0].ports[0].nodePort", null)
                                .add("ingresses", """
                                        {"name": "web", "namespace": "default", "ingressClassName": "alb",
                                         "rules": [{"paths": [{"path": "/", "pathType": "Prefix",
                                                               "serviceName": "my-nginx", "servicePort": 80}]}]}
                                        """),
                        "LB_NODEPORT_REQUIRED",
                        "LB_BUILD_FAILED"),
                mutation(
                        "nodes without any egress",
                        t -> {
                            t.set("nodeGroups[0].subnets", List.of("private-b", "private-c"));
                            t.set("subnets[4].egress", "NONE");
                            return t.set("subnets[5].egress", "NONE");
                        },
                        "NODE_EGRESS_MISSING"),
                mutation(
                        "the Docker bridge range",
                        t -> t.set("vpc.cidrBlocks", List.of("172.17.0.0/16"))
                                .set("subnets", List.of())
                                .set("nodeGroups[0].subnets", List.of())
                                .set("services", List.of()),
                        "VPC_CIDR_AVOIDED_RANGE",
                        "SUBNET_AZ_COUNT",
                        "SUBNET_COUNT",
                        "NODEGROUP_SUBNETS_EMPTY",
                        "POD_CAPACITY_EXCEEDED"));
    }

    static Arguments mutation(String name, UnaryOperator<Topologies> edit, String... codes) {
        return Arguments.of(name, edit, Set.of(codes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void reportsExactlyTheCodesAMutationBreaks(String name, UnaryOperator<Topologies> edit, Set<String> codes) {
        var report = edit.apply(Topologies.canonical()).validate();

        var reported = report.findings().stream()
                .filter(finding -> finding.severity() != Severity.INFO)
                .map(Finding::code)
                .collect(Collectors.toSet());
        assertThat(reported).as(report.findings().toString()).isEqualTo(codes);
        assertThat(report.valid())
                .isEqualTo(report.findings().stream().noneMatch(finding -> finding.severity() == Severity.ERROR));
    }

    @Test
    void predictsTheDefaultServiceCidrWhenNoneIsGiven() {
        var report = Topologies.canonical().set("serviceIpv4Cidr", null).validate();

        assertThat(report.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SERVICE_CIDR_PREDICTED", Severity.INFO));
        assertThat(report.findings().get(0).message()).contains("10.100.0.0/16");
        assertThat(report.valid()).isTrue();
    }

    @Test
    void ordersFindingsBySeverityThenPathWithNumericIndices() {
        var findings = List.of(
                new Finding("B", Severity.WARNING, "subnets[2].cidr", "m", "h", "s"),
                new Finding("A", Severity.ERROR, "subnets[10].cidr", "m", "h", "s"),
                new Finding("C", Severity.ERROR, "subnets[9].cidr", "m", "h", "s"),
                new Finding("D", Severity.INFO, "a", "m", "h", "s"));

        var report = ValidationReport.of(findings);

        assertThat(report.findings()).extracting(Finding::code).containsExactly("C", "A", "B", "D");
        assertThat(report.valid()).isFalse();
        assertThat(report.summary()).isEqualTo(new ValidationReport.Summary(2, 1, 1));
        assertThat(report.reaches(Severity.WARNING)).isTrue();
        assertThat(ValidationReport.of(List.of(findings.get(0))).reaches(Severity.ERROR))
                .isFalse();
    }

    @Test
    void neverFailsOnABareTopology() {
        var report = Topologies.named("bare").validate();

        assertThat(report.findings()).extracting(Finding::code).contains("VPC_CIDR_MISSING", "SUBNET_AZ_COUNT");
    }
}
