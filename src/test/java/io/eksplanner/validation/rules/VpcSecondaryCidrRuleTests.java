package io.eksplanner.validation.rules;

import static io.eksplanner.validation.Topologies.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VpcSecondaryCidrRuleTests {

    private final VpcSecondaryCidrRule rule = new VpcSecondaryCidrRule();

    private List<Finding> findingsFor(String... blocks) {
        return canonical().set("vpc.cidrBlocks", List.of(blocks)).findings(rule);
    }

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsASecondaryBlockOverlappingThePrimary() {
        var findings = findingsFor("10.0.0.0/16", "10.0.128.0/17");

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_SECONDARY_CIDR_INVALID", Severity.ERROR, "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message()).contains("10.0.128.0/17", "10.0.0.0/16", "vpc.cidrBlocks[0]");
        assertThat(findings.get(0).hint()).contains("10.0.0.0–10.0.255.255");
    }

    @Test
    void reportsAnIdenticalSecondaryBlock() {
        assertThat(findingsFor("10.0.0.0/16", "10.0.0.0/16"))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_SECONDARY_CIDR_INVALID", "vpc.cidrBlocks[1]"));
    }

    @Test
    void reportsOverlappingSecondaryBlocksAtTheLaterOne() {
        var findings = findingsFor("10.0.0.0/16", "10.1.0.0/16", "10.1.4.0/24");

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("VPC_SECONDARY_CIDR_INVALID", "vpc.cidrBlocks[2]"));
        assertThat(findings.get(0).message()).contains("10.1.4.0/24", "10.1.0.0/16", "vpc.cidrBlocks[1]");
    }

    @ParameterizedTest
    @CsvSource({"10.1.0.0/16, 10.0.0.0/16", "10.0.0.0/17, 10.0.128.0/17", "10.1.0.0/16, 10.0.4.0/24"})
    void reportsABlockOfTenDotZeroBesideABlockOfTenDotZeroSlashFifteen(String primary, String secondary) {
        // Amazon VPC User Guide, add-cidr-block-restrictions (src/docs/reference/eks-vpc.md §2.7).
        var findings = findingsFor(primary, secondary);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_SECONDARY_CIDR_INVALID", Severity.ERROR, "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message())
                .contains(secondary, primary, "you cannot add a CIDR block from the 10.0.0.0/16 range");
    }

    @Test
    void acceptsTenDotZeroBesideBlocksOutsideTenDotZeroSlashFifteen() {
        assertThat(findingsFor("10.2.0.0/16", "10.0.0.0/16")).isEmpty();
    }

    @Test
    void acceptsAdjacentBlocks() {
        assertThat(findingsFor("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/24")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/16, 172.16.0.0/16, 10.0.0.0/8",
        "10.0.0.0/16, 192.168.0.0/16, 10.0.0.0/8",
        "10.0.0.0/16, 198.19.0.0/16, 10.0.0.0/8",
        "172.20.0.0/16, 10.0.0.0/16, 172.16.0.0/12",
        "172.20.0.0/16, 192.168.0.0/16, 172.16.0.0/12",
        "172.20.0.0/16, 172.31.0.0/16, 172.16.0.0/12",
        "172.20.0.0/16, 198.19.0.0/24, 172.16.0.0/12",
        "192.168.0.0/16, 10.0.0.0/16, 192.168.0.0/16",
        "192.168.0.0/16, 172.16.0.0/16, 192.168.0.0/16",
        "192.168.0.0/16, 198.19.0.0/16, 192.168.0.0/16",
        "203.0.113.0/24, 10.0.0.0/16, a publicly routable range or 100.64.0.0/10",
        "203.0.113.0/24, 192.168.0.0/16, a publicly routable range or 100.64.0.0/10",
        "100.64.0.0/16, 172.16.0.0/16, a publicly routable range or 100.64.0.0/10",
        "100.64.0.0/16, 198.19.0.0/16, a publicly routable range or 100.64.0.0/10"
    })
    void reportsASecondaryBlockTheAssociationMatrixRefuses(String primary, String secondary, String primaryRange) {
        var findings = findingsFor(primary, secondary);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("VPC_SECONDARY_CIDR_INVALID", Severity.ERROR, "vpc.cidrBlocks[1]"));
        assertThat(findings.get(0).message())
                .contains(secondary, primary, "with a primary block in " + primaryRange + ", AWS restricts");
    }

    @Test
    void quotesTheWholeRestrictionOfThePrimary() {
        var findings = findingsFor("10.0.0.0/16", "192.168.0.0/16");

        assertThat(findings.get(0).message())
                .contains("with a primary block in 10.0.0.0/8, AWS restricts 172.16.0.0/12, 192.168.0.0/16 and"
                        + " 198.19.0.0/16");
        assertThat(findings.get(0).hint()).contains("100.64.0.0/10");
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/16, 100.64.0.0/16",
        "10.0.0.0/16, 203.0.113.0/24",
        "10.0.0.0/16, 10.1.0.0/16",
        "10.0.0.0/16, 198.18.0.0/16",
        "172.20.0.0/16, 100.64.0.0/16",
        "172.20.0.0/16, 203.0.113.0/24",
        "172.20.0.0/16, 172.21.0.0/16",
        "192.168.0.0/16, 100.64.0.0/16",
        "192.168.0.0/16, 203.0.113.0/24",
        "203.0.113.0/24, 100.64.0.0/16",
        "100.64.0.0/16, 198.51.100.0/24"
    })
    void acceptsPublicAndSharedSpaceSecondaryBlocksBesideAnyPrimary(String primary, String secondary) {
        assertThat(findingsFor(primary, secondary)).isEmpty();
    }

    @Test
    void judgesOnlyTheSecondaryBlocks() {
        assertThat(findingsFor("10.0.0.0/8")).isEmpty();
        assertThat(findingsFor()).isEmpty();
    }
}
