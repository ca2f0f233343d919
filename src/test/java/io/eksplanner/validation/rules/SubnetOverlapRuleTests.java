package io.eksplanner.validation.rules;

import static io.eksplanner.validation.Topologies.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubnetOverlapRuleTests {

    private final SubnetOverlapRule rule = new SubnetOverlapRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAnOverlapAtTheLaterSubnet() {
        var findings = canonical().set("subnets[1].cidr", "192.168.16.0/20").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_OVERLAP", Severity.ERROR, "subnets[1].cidr"));
        assertThat(findings.get(0).message())
                .isEqualTo("subnet public-b 192.168.16.0/20 overlaps subnet public-a 192.168.0.0/19 (subnets[0]);"
                        + " \"the CIDR blocks of the subnets cannot overlap\"");
        assertThat(findings.get(0).hint()).contains("192.168.0.0–192.168.31.255");
    }

    @Test
    void reportsAtTheHigherIndexWhenItStartsFirst() {
        var findings = canonical().set("subnets[0].cidr", "192.168.40.0/21").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_OVERLAP", "subnets[1].cidr"));
        assertThat(findings.get(0).message())
                .contains("subnet public-b 192.168.32.0/19 overlaps subnet public-a 192.168.40.0/21 (subnets[0])");
    }

    @Test
    void reportsIdenticalBlocks() {
        var findings = canonical().set("subnets[4].cidr", "192.168.0.0/19").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_OVERLAP", "subnets[4].cidr"));
        assertThat(findings.get(0).message()).contains("private-b", "public-a", "(subnets[0])");
    }

    @Test
    void reportsEverySubnetInsideOneThatCoversThem() {
        var findings = canonical().set("subnets[0].cidr", "192.168.0.0/17").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("SUBNET_OVERLAP", "subnets[1].cidr"),
                        tuple("SUBNET_OVERLAP", "subnets[2].cidr"),
                        tuple("SUBNET_OVERLAP", "subnets[3].cidr"));
        assertThat(findings)
                .allSatisfy(finding -> assertThat(finding.message()).contains("public-a 192.168.0.0/17 (subnets[0])"));
    }

    @Test
    void acceptsAdjacentBlocksAndSkipsSubnetsWithoutCidr() {
        var findings = canonical()
                .remove("subnets[0].cidr")
                .set("subnets[1].cidr", "192.168.0.0/19")
                .set("subnets[2].cidr", "192.168.32.0/28")
                .set("subnets[3].cidr", "192.168.32.16/28")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void findsNoOverlapAmongThreeHundredDisjointSubnetsInAnyOrder() {
        assertThat(manySubnets(300, null).findings(rule)).isEmpty();
    }

    @Test
    void findsTheOneOverlapAmongThreeHundredSubnets() {
        var topology = manySubnets(300, "10.0.17.128/25");
        int overlapped = topology.topology().subnets().stream()
                .map(subnet -> subnet.name())
                .toList()
                .indexOf("subnet-10-0-17-0");

        var findings = topology.findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_OVERLAP", "subnets[300].cidr"));
        assertThat(findings.get(0).message())
                .contains("extra 10.0.17.128/25", "subnet-10-0-17-0 10.0.17.0/24 (subnets[" + overlapped + "])");
    }

    /** {@code count} disjoint /24s from 10.0.0.0 up, in shuffled order, plus one {@code extra} subnet at the end. */
    private static Topologies manySubnets(int count, String extra) {
        var subnets = new ArrayList<Map<String, Object>>();
        for (int index = 0; index < count; index++) {
            String network = "10." + (index / 256) + "." + (index % 256) + ".0";
            subnets.add(Map.of("name", "subnet-" + network.replace('.', '-'), "cidr", network + "/24"));
        }
        Collections.shuffle(subnets, new Random(42));
        if (extra != null) {
            subnets.add(Map.of("name", "extra", "cidr", extra));
        }
        return Topologies.named("many")
                .set("vpc", Map.of("cidrBlocks", List.of("10.0.0.0/16", "10.1.0.0/16")))
                .set("subnets", subnets);
    }
}
