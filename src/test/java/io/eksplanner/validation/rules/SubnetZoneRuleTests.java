package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubnetZoneRuleTests {

    private final SubnetZoneRule rule = new SubnetZoneRule();

    /** The canonical topology moved to us-west-2, whose Local Zones (us-west-2-lax-1a) exist. */
    private static Topologies inUsWest2() {
        var topology = Topologies.canonical().set("region", "us-west-2");
        var letters = List.of("a", "b", "c", "a", "b", "c");
        for (int index = 0; index < letters.size(); index++) {
            topology.set("subnets[" + index + "].availabilityZone", "us-west-2" + letters.get(index));
        }
        return topology;
    }

    private static final String LOCAL_ZONE_SUBNET = """
            {"name": "private-lax", "cidr": "192.168.192.0/20", "availabilityZone": "us-west-2-lax-1a",
             "type": "PRIVATE", "egress": "NAT_GATEWAY"}
            """;

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
        assertThat(inUsWest2().findings(rule)).isEmpty();
    }

    @Test
    void warnsAboutASubnetWithoutAnAz() {
        var findings =
                Topologies.canonical().remove("subnets[2].availabilityZone").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_MISSING", Severity.WARNING, "subnets[2].availabilityZone"));
        assertThat(findings.get(0).message()).contains("public-c");
        assertThat(findings.get(0).hint()).contains("ap-northeast-2a");
    }

    @Test
    void reportsAnAzOfAnotherRegion() {
        var findings = Topologies.canonical()
                .set("subnets[1].availabilityZone", "ap-northeast-1b")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_REGION", Severity.ERROR, "subnets[1].availabilityZone"));
        assertThat(findings.get(0).message()).contains("public-b", "ap-northeast-1b", "ap-northeast-2");
    }

    @Test
    void reportsAnAzWhoseNameOnlyStartsWithTheRegion() {
        var findings = Topologies.canonical()
                .set("subnets[1].availabilityZone", "ap-northeast-20a")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_REGION", "subnets[1].availabilityZone"));
    }

    @Test
    void acceptsALocalZoneOfTheRegionForANonControlPlaneSubnet() {
        var findings = inUsWest2()
                .add("subnets", LOCAL_ZONE_SUBNET)
                .set("controlPlaneSubnets", List.of("private-a", "private-b", "private-c"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void skipsTheRegionCheckWhenNoRegionIsGiven() {
        var findings = Topologies.canonical()
                .remove("region")
                .set("subnets[1].availabilityZone", "eu-west-1b")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAControlPlaneSubnetInALocalZone() {
        var findings = inUsWest2().add("subnets", LOCAL_ZONE_SUBNET).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_LOCAL_ZONE", Severity.ERROR, "subnets[6].availabilityZone"));
        assertThat(findings.get(0).message())
                .contains("private-lax", "Local Zone us-west-2-lax-1a")
                .contains("you must not specify Local Zone subnets when you create your cluster");
        assertThat(findings.get(0).hint()).contains("controlPlaneSubnets");
    }

    @Test
    void reportsAControlPlaneSubnetInAWavelengthZone() {
        var findings = inUsWest2()
                .set("subnets[5].availabilityZone", "us-west-2-wl1-sea-wlz-1")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_LOCAL_ZONE", "subnets[5].availabilityZone"));
        assertThat(findings.get(0).message())
                .contains("private-c", "Wavelength Zone us-west-2-wl1-sea-wlz-1")
                .contains("AWS Wavelength");
    }

    @Test
    void reportsALocalZoneSubnetNamedInControlPlaneSubnetsAtItsEntry() {
        var findings = inUsWest2()
                .add("subnets", LOCAL_ZONE_SUBNET)
                .set("controlPlaneSubnets", List.of("private-a", "private-b", "private-lax", "private-lax"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_LOCAL_ZONE", "controlPlaneSubnets[2]"));
        assertThat(findings.get(0).hint()).contains("remove private-lax from controlPlaneSubnets");
    }

    @Test
    void acceptsAPodSubnetInALocalZone() {
        var findings = inUsWest2().add("subnets", """
                        {"name": "pods-lax", "cidr": "100.64.0.0/16", "availabilityZone": "us-west-2-lax-1a",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}
                        """).findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        var findings = Topologies.named("bare")
                .set("subnets", List.of(Map.of("name", "only-a-name")))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_MISSING", "subnets[0].availabilityZone"));
    }

    @Test
    void saysWhatToLookUpForASubnetWhoseAzOnlyAwsKnows() {
        var byId = Topologies.canonical()
                .remove("subnets[2].availabilityZone")
                .set("subnets[2].id", "subnet-0123456789abcdef0")
                .findings(rule);
        var byCidrInAnExistingVpc = Topologies.canonical()
                .remove("subnets[2].availabilityZone")
                .set("vpc.id", "vpc-0123456789abcdef0")
                .findings(rule);

        assertThat(byId)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_AZ_UNKNOWN", Severity.WARNING, "subnets[2].availabilityZone"));
        assertThat(byId.get(0).message()).contains("subnet-0123456789abcdef0");
        assertThat(byCidrInAnExistingVpc).extracting(Finding::code).containsExactly("SUBNET_AZ_UNKNOWN");
        assertThat(byCidrInAnExistingVpc.get(0).message())
                .contains("192.168.64.0/19")
                .contains("vpc-0123456789abcdef0");
    }
}
