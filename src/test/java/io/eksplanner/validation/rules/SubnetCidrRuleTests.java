package io.eksplanner.validation.rules;

import static io.eksplanner.validation.Topologies.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubnetCidrRuleTests {

    private final SubnetCidrRule rule = new SubnetCidrRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsAboutASubnetWithoutCidr() {
        var findings = canonical().remove("subnets[2].cidr").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_CIDR_MISSING", Severity.WARNING, "subnets[2].cidr"));
        assertThat(findings.get(0).message()).contains("public-c");
    }

    @Test
    void reportsHostBitsWithTheBlockAwsWouldCreate() {
        var findings = canonical().set("subnets[1].cidr", "192.168.33.0/19").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_CIDR_INVALID", Severity.ERROR, "subnets[1].cidr"));
        assertThat(findings.get(0).message()).contains("public-b", "192.168.33.0/19", "192.168.32.0/19");
        assertThat(findings.get(0).hint()).isEqualTo("write 192.168.32.0/19");
    }

    @Test
    void reportsAPrefixLongerThanTwentyEight() {
        var findings = canonical().set("subnets[0].cidr", "192.168.0.0/29").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_CIDR_INVALID", "subnets[0].cidr"));
        assertThat(findings.get(0).message()).contains("public-a", "192.168.0.0/29", "/29");
        assertThat(findings.get(0).hint()).contains("192.168.0.0/28");
    }

    @Test
    void reportsAPrefixShorterThanSixteen() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("10.0.0.0/8"))
                .set("subnets", List.of())
                .add("subnets", "{\"name\": \"huge\", \"cidr\": \"10.0.0.0/12\"}")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_CIDR_INVALID", "subnets[0].cidr"));
        assertThat(findings.get(0).message()).contains("huge", "10.0.0.0/12", "/12");
        assertThat(findings.get(0).hint()).contains("10.0.0.0/16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.0/16", "192.168.0.0/28", "192.168.255.240/28"})
    void acceptsPrefixesFromSixteenToTwentyEightInsideTheVpc(String cidr) {
        var topology = canonical()
                .set("subnets", List.of())
                .add("subnets", "{\"name\": \"only\", \"cidr\": \"" + cidr + "\"}");

        assertThat(topology.findings(rule)).isEmpty();
    }

    @Test
    void reportsASubnetOutsideTheVpc() {
        var findings = canonical().set("subnets[3].cidr", "10.0.0.0/24").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_OUTSIDE_VPC", Severity.ERROR, "subnets[3].cidr"));
        assertThat(findings.get(0).message()).contains("private-a", "10.0.0.0/24", "192.168.0.0/16");
    }

    @Test
    void listsEveryVpcBlockWhenASubnetIsOutside() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("192.168.0.0/16", "100.64.0.0/16"))
                .set("subnets[0].cidr", "100.65.0.0/24")
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("SUBNET_OUTSIDE_VPC");
        assertThat(findings.get(0).message()).contains("100.65.0.0/24", "192.168.0.0/16, 100.64.0.0/16");
    }

    @Test
    void acceptsASubnetInASecondaryBlock() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("192.168.0.0/16", "100.64.0.0/16"))
                .set("subnets[0].cidr", "100.64.0.0/19")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsASubnetStraddlingTwoAdjacentVpcBlocks() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("10.0.0.0/17", "10.0.128.0/17"))
                .set("subnets", List.of())
                .add("subnets", "{\"name\": \"wide\", \"cidr\": \"10.0.0.0/16\"}")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_OUTSIDE_VPC", "subnets[0].cidr"));
    }

    @Test
    void comparesNormalisedBlocks() {
        var findings =
                canonical().set("vpc.cidrBlocks", List.of("192.168.0.7/16")).findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void skipsThePlacementCheckWhenTheVpcHasNoBlocks() {
        assertThat(canonical().set("vpc.cidrBlocks", List.of()).findings(rule)).isEmpty();
    }
}
