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

class VpcCidrRuleTests {

    private final VpcCidrRule rule = new VpcCidrRule();

    private List<Finding> findingsFor(String... blocks) {
        return canonical().set("vpc.cidrBlocks", List.of(blocks)).findings(rule);
    }

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAVpcWithoutBlocks() {
        var findings = findingsFor();

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_MISSING", Severity.ERROR, "vpc.cidrBlocks"));
        assertThat(findings.get(0).hint()).contains("192.168.0.0/16");
    }

    @Test
    void warnsRatherThanFailsWhenAnExistingVpcLeavesItsCidrToAws() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of())
                .set("vpc.id", "vpc-0123456789abcdef0")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_MISSING", Severity.WARNING, "vpc.cidrBlocks"));
        assertThat(findings.get(0).hint()).contains("describe-vpcs --vpc-ids vpc-0123456789abcdef0");
    }

    @Test
    void reportsHostBitsWithTheBlockAwsWouldCreate() {
        var findings = findingsFor("192.168.0.7/16");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_INVALID", Severity.ERROR, "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("192.168.0.7/16", "192.168.0.0/16");
        assertThat(findings.get(0).hint()).isEqualTo("write 192.168.0.0/16");
    }

    @Test
    void reportsAPrefixShorterThanSixteen() {
        var findings = findingsFor("10.0.0.0/8");

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_CIDR_INVALID", "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("10.0.0.0/8", "/8", "/16", "/28");
        assertThat(findings.get(0).hint()).contains("10.0.0.0/16");
    }

    @Test
    void reportsAPrefixLongerThanTwentyEightInASecondaryBlock() {
        var findings = findingsFor("192.168.0.0/16", "100.64.0.0/29");

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_CIDR_INVALID", "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message()).contains("100.64.0.0/29", "/29");
        assertThat(findings.get(0).hint()).contains("100.64.0.0/28");
    }

    @Test
    void reportsEachProblemOfOneBlock() {
        var findings = findingsFor("10.0.0.7/8");

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("VPC_CIDR_INVALID", "vpc.cidrBlocks[0]"), tuple("VPC_CIDR_INVALID", "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("host bits");
        assertThat(findings.get(1).message()).contains("/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.0/16", "192.168.0.0/28", "10.20.0.0/16"})
    void acceptsPrefixesFromSixteenToTwentyEight(String block) {
        assertThat(findingsFor(block)).isEmpty();
    }

    @Test
    void reportsALinkLocalPrimaryAsInvalidNotAsPublic() {
        var findings = findingsFor("169.254.0.0/16");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_INVALID", Severity.ERROR, "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("169.254.0.0/16", "cannot be assigned to VPCs");
    }

    @Test
    void reportsALinkLocalSecondaryBlock() {
        var findings = findingsFor("192.168.0.0/16", "169.254.10.0/24");

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_CIDR_INVALID", "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message()).contains("169.254.10.0/24", "link-local");
    }

    @Test
    void doesNotTakeTheNeighboursOfLinkLocalForIt() {
        assertThat(findingsFor("169.255.0.0/16", "169.253.0.0/16"))
                .extracting(Finding::code)
                .containsExactly("VPC_CIDR_PUBLIC_RANGE");
    }

    @Test
    void warnsAboutABlockOverlapping172Dot17() {
        var findings = findingsFor("172.18.0.0/16", "172.17.5.0/24");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_AVOIDED_RANGE", Severity.WARNING, "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message()).contains("172.17.5.0/24", "172.17.0.0/16");
    }

    @Test
    void warnsAboutAPrimaryOf172Dot17() {
        assertThat(findingsFor("172.17.0.0/16"))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_CIDR_AVOIDED_RANGE", "vpc.cidrBlocks[0]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"172.16.0.0/16", "172.18.0.0/16", "172.16.255.240/28"})
    void acceptsTheNeighboursOf172Dot17(String block) {
        assertThat(findingsFor(block)).isEmpty();
    }

    @Test
    void warnsAboutAPrimaryInTheSharedAddressSpace() {
        var findings = findingsFor("100.64.0.0/16");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_CGNAT_PRIMARY", Severity.WARNING, "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("100.64.0.0/16", "100.64.0.0/10");
        assertThat(findings.get(0).hint()).contains("100.64.0.0/16");
    }

    @Test
    void acceptsASecondaryBlockInTheSharedAddressSpace() {
        assertThat(findingsFor("10.0.0.0/16", "100.64.0.0/16")).isEmpty();
    }

    @Test
    void notesAPubliclyRoutablePrimary() {
        var findings = findingsFor("203.0.113.0/24");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_CIDR_PUBLIC_RANGE", Severity.INFO, "vpc.cidrBlocks[0]"));
        assertThat(findings.get(0).message()).contains("203.0.113.0/24", "publicly routable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.255.0.0/16", "172.31.0.0/16", "192.168.255.0/24", "100.127.0.0/16"})
    void doesNotCallPrivateOrSharedPrimariesPublic(String block) {
        assertThat(findingsFor(block)).extracting(Finding::code).doesNotContain("VPC_CIDR_PUBLIC_RANGE");
    }

    @Test
    void doesNotNotePubliclyRoutableSecondaryBlocks() {
        assertThat(findingsFor("10.0.0.0/16", "203.0.113.0/24")).isEmpty();
    }
}
