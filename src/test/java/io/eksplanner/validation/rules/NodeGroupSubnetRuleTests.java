package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeGroupSubnetRuleTests {

    private final NodeGroupSubnetRule rule = new NodeGroupSubnetRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsWhenANodeGroupNamesNoSubnetsAndSaysWhatEksctlWouldPick() {
        var findings =
                Topologies.canonical().set("nodeGroups[0].subnets", List.of()).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_SUBNETS_EMPTY", Severity.WARNING, "nodeGroups[0].subnets"));
        assertThat(findings.get(0).message())
                .contains("ng-1", "every public subnet (public-a, public-b, public-c)")
                .contains("private subnet (private-a, private-b, private-c) with privateNetworking");
        assertThat(findings.get(0).hint()).contains("private-a, private-b, private-c");
    }

    @Test
    void reportsEachUnknownSubnetAtItsIndexAndListsTheKnownNames() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("public-b", "public-x", "private-z"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("NODEGROUP_SUBNET_UNKNOWN", Severity.ERROR, "nodeGroups[0].subnets[1]"),
                        tuple("NODEGROUP_SUBNET_UNKNOWN", Severity.ERROR, "nodeGroups[0].subnets[2]"),
                        tuple("NODEGROUP_SINGLE_AZ", Severity.WARNING, "nodeGroups[0].subnets"));
        assertThat(findings.get(0).message()).contains("ng-1", "public-x");
        assertThat(findings.get(0).hint()).contains("public-a, public-b, public-c, private-a, private-b, private-c");
        assertThat(findings.get(1).message()).contains("private-z");
    }

    @Test
    void shortensTheListOfKnownSubnetsToTen() {
        var topology = Topologies.canonical();
        for (int n = 0; n < 6; n++) {
            topology.add("subnets", "{\"name\": \"extra-" + n + "\", \"availabilityZone\": \"ap-northeast-2a\"}");
        }
        var findings = topology.set("nodeGroups[0].subnets", List.of("ghost")).findings(rule);

        assertThat(findings.get(0).hint()).contains("extra-3 and 2 more").doesNotContain("extra-4");
    }

    @Test
    void acceptsSubnetsThatAllExist() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("private-a", "private-b", "private-c"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsWhenAllSubnetsOfAGroupAreInOneAz() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("private-b"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_SINGLE_AZ", Severity.WARNING, "nodeGroups[0].subnets"));
        assertThat(findings.get(0).message())
                .contains("ng-1", "one Availability Zone, ap-northeast-2b (subnets private-b)");
        assertThat(findings.get(0).hint()).contains("private-a (ap-northeast-2a)", "private-c (ap-northeast-2c)");
    }

    @Test
    void reportsTwoSubnetsInOneAzAsOneAz() {
        var findings = Topologies.canonical()
                .add(
                        "subnets",
                        "{\"name\": \"public-b2\", \"cidr\": \"192.168.192.0/19\","
                                + " \"availabilityZone\": \"ap-northeast-2b\", \"type\": \"PUBLIC\"}")
                .set("nodeGroups[0].subnets", List.of("public-b", "public-b2"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODEGROUP_SINGLE_AZ", "nodeGroups[0].subnets"));
        assertThat(findings.get(0).message()).contains("ap-northeast-2b (subnets public-b, public-b2)");
        assertThat(findings.get(0).hint()).contains("public-a (ap-northeast-2a)");
    }

    @Test
    void namesTheRegionWhenNoSubnetOfAnotherAzExists() {
        var findings = Topologies.canonical()
                .set("subnets[1].availabilityZone", "ap-northeast-2a")
                .set("subnets[2].availabilityZone", "ap-northeast-2a")
                .set("nodeGroups[0].subnets", List.of("public-b", "public-c"))
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("NODEGROUP_SINGLE_AZ");
        assertThat(findings.get(0).hint()).contains("another Availability Zone of ap-northeast-2");
    }

    @Test
    void doesNotJudgeTheSpreadWhileASubnetHasNoAz() {
        var findings =
                Topologies.canonical().remove("subnets[2].availabilityZone").findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotJudgeTheSpreadOfAGroupWithNoKnownSubnet() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].subnets", List.of("ghost"))
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("NODEGROUP_SUBNET_UNKNOWN");
    }
}
