package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlPlaneSubnetRuleTests {

    private final ControlPlaneSubnetRule rule = new ControlPlaneSubnetRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAControlPlaneSubnetNameTheTopologyDoesNotHave() {
        var findings = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("private-a", "private-x", "private-b"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("CONTROL_PLANE_SUBNET_UNKNOWN", Severity.ERROR, "controlPlaneSubnets[1]"));
        assertThat(findings.get(0).message()).contains("private-x");
        assertThat(findings.get(0).hint()).contains("private-x");
    }

    @Test
    void acceptsControlPlaneSubnetsThatAllExistInTwoAzs() {
        var findings = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("private-a", "private-b"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsTwoSubnetsInOneAzAsOneAz() {
        var findings = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("public-a", "private-a"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", Severity.ERROR, "controlPlaneSubnets"));
        assertThat(findings.get(0).message())
                .contains("span 1 distinct AZ (ap-northeast-2a)")
                .contains("EKS needs at least 2")
                .contains("Subnets specified must be in at least two different AZs");
        assertThat(findings.get(0).hint())
                .isEqualTo("add a subnet in another AZ of ap-northeast-2 to controlPlaneSubnets");
    }

    @Test
    void countsEveryNonPodSubnetWhenControlPlaneSubnetsIsEmpty() {
        var topology = Topologies.canonical();
        for (int index = 0; index < 6; index++) {
            topology.set("subnets[" + index + "].availabilityZone", "ap-northeast-2c");
        }

        var findings = topology.findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", "subnets"));
        assertThat(findings.get(0).message()).contains("span 1 distinct AZ (ap-northeast-2c)");
    }

    @Test
    void leavesPodSubnetsOutOfTheControlPlaneAzs() {
        var topology = Topologies.canonical();
        for (int index = 0; index < 6; index++) {
            topology.set("subnets[" + index + "].availabilityZone", "ap-northeast-2a");
        }
        topology.add("subnets", """
                {"name": "pods-b", "cidr": "100.64.0.0/16", "availabilityZone": "ap-northeast-2b",
                 "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}
                """);

        assertThat(topology.findings(rule))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", "subnets"));
    }

    @Test
    void reportsNoControlPlaneSubnetsAsZeroAzs() {
        var findings = Topologies.canonical().set("subnets", List.of()).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", Severity.ERROR, "subnets"));
        assertThat(findings.get(0).message()).contains("span 0 distinct AZs");
    }

    @Test
    void reportsControlPlaneSubnetsThatAreAllUnknownAsZeroAzs() {
        var findings = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("nowhere"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("CONTROL_PLANE_SUBNET_UNKNOWN", "controlPlaneSubnets[0]"),
                        tuple("SUBNET_AZ_COUNT", "controlPlaneSubnets"));
        assertThat(findings.get(1).message()).contains("span 0 distinct AZs");
    }

    @Test
    void leavesSubnetsWithoutAnAzOutOfTheCount() {
        var topology = Topologies.canonical();
        for (int index = 1; index < 6; index++) {
            topology.remove("subnets[" + index + "].availabilityZone");
        }

        var findings = topology.findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("SUBNET_AZ_COUNT");
        assertThat(findings.get(0).message()).contains("span 1 distinct AZ (ap-northeast-2a)");
    }

    @Test
    void doesNotCountALocalZoneAsASecondAz() {
        var findings = Topologies.canonical()
                .set("region", "us-west-2")
                .set("subnets[3].availabilityZone", "us-west-2a")
                .set("subnets[4].availabilityZone", "us-west-2-lax-1a")
                .set("controlPlaneSubnets", List.of("private-a", "private-b"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", "controlPlaneSubnets"));
        assertThat(findings.get(0).message())
                .contains("span 1 distinct AZ (us-west-2a)")
                .contains("Local and Wavelength Zones do not count");
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        var findings = Topologies.named("bare")
                .set("subnets", List.of(Map.of("name", "only-a-name")))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_COUNT", "subnets"));
        assertThat(findings.get(0).hint())
                .isEqualTo("use at least two control-plane subnets with availabilityZone set to different AZs");
    }

    @Test
    void warnsAboutAControlPlaneSubnetKnownOnlyByItsAwsId() {
        var findings = Topologies.canonical()
                .add("subnets", "{\"name\": \"subnet-1234\", \"id\": \"subnet-1234\"}")
                .add("subnets", "{\"name\": \"subnet-5678\", \"id\": \"subnet-5678\"}")
                .set("controlPlaneSubnets", List.of("subnet-1234", "subnet-5678"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("CONTROL_PLANE_SUBNET_UNKNOWN", Severity.WARNING, "controlPlaneSubnets[0]"),
                        tuple("CONTROL_PLANE_SUBNET_UNKNOWN", Severity.WARNING, "controlPlaneSubnets[1]"));
        assertThat(findings.get(0).hint()).contains("describe-subnets --subnet-ids subnet-1234");
    }

    @Test
    void countsSubnetsWhoseAzOnlyAwsKnowsAsPossiblyAnotherAz() {
        var oneKnownOneById = Topologies.canonical()
                .add("subnets", "{\"name\": \"by-id\", \"id\": \"subnet-0123456789abcdef0\", \"type\": \"PRIVATE\"}")
                .set("controlPlaneSubnets", List.of("private-a", "by-id"))
                .findings(rule);
        var oneKnownOnly = Topologies.canonical()
                .set("controlPlaneSubnets", List.of("private-a"))
                .findings(rule);

        assertThat(oneKnownOneById).isEmpty();
        assertThat(oneKnownOnly).extracting(Finding::code).containsExactly("SUBNET_AZ_COUNT");
    }
}
