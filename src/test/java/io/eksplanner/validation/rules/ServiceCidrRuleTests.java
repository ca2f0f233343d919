package io.eksplanner.validation.rules;

import static io.eksplanner.validation.Topologies.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceCidrRuleTests {

    private final ServiceCidrRule rule = new ServiceCidrRule();

    private static Topologies withoutServiceCidr(String... vpcBlocks) {
        return canonical().remove("serviceIpv4Cidr").set("vpc.cidrBlocks", List.of(vpcBlocks));
    }

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAGivenBlockOutsideThePrivateRanges() {
        var findings = canonical().set("serviceIpv4Cidr", "100.64.0.0/16").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_INVALID", Severity.ERROR, "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("100.64.0.0/16", "10.0.0.0/8, 172.16.0.0/12, or 192.168.0.0/16");
    }

    @Test
    void reportsAGivenBlockStraddlingTheEdgeOfAPrivateRange() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("10.0.0.0/16"))
                .set("serviceIpv4Cidr", "192.168.0.0/15")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_INVALID", "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("192.168.0.0/15", "not within");
    }

    @Test
    void reportsHostBitsInAGivenBlock() {
        var findings = canonical().set("serviceIpv4Cidr", "10.100.0.1/16").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_INVALID", "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("10.100.0.1/16", "10.100.0.0/16");
        assertThat(findings.get(0).hint()).isEqualTo("write 10.100.0.0/16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "10.100.0.0/25"})
    void reportsAGivenPrefixOutsideTwelveToTwentyFour(String cidr) {
        var findings = canonical().set("serviceIpv4Cidr", cidr).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_INVALID", "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains(cidr, "between /24 and /12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"172.16.0.0/12", "10.100.0.0/24", "172.20.0.0/16", "10.255.255.0/24"})
    void acceptsPrivateBlocksFromTwelveToTwentyFour(String cidr) {
        assertThat(canonical().set("serviceIpv4Cidr", cidr).findings(rule)).isEmpty();
    }

    @Test
    void reportsAGivenBlockOverlappingTheVpc() {
        var findings = canonical().set("serviceIpv4Cidr", "192.168.0.0/20").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_OVERLAP", Severity.ERROR, "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("192.168.0.0/20 (given)", "192.168.0.0/16 (vpc.cidrBlocks[0])");
        assertThat(findings.get(0).hint()).contains("10.100.0.0/16");
    }

    @Test
    void reportsAGivenBlockOverlappingASecondaryVpcBlock() {
        var findings = canonical()
                .set("vpc.cidrBlocks", List.of("192.168.0.0/16", "10.100.0.0/16"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_OVERLAP", "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("10.100.0.0/16 (vpc.cidrBlocks[1])");
        assertThat(findings.get(0).hint()).contains("172.20.0.0/16");
    }

    @Test
    void predictsTenDotHundredBesideAVpcWithoutTenDotBlocks() {
        var findings = withoutServiceCidr("172.20.0.0/16").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_PREDICTED", Severity.INFO, "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("10.100.0.0/16", "no VPC block lies in 10.0.0.0/8");
    }

    @Test
    void predictsOneSeventyTwoDotTwentyBesideAnyTenDotBlockAndReportsItsOverlap() {
        var findings = withoutServiceCidr("192.168.0.0/16", "10.0.0.0/16", "172.20.0.0/16")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("SERVICE_CIDR_PREDICTED", Severity.INFO, "serviceIpv4Cidr"),
                        tuple("SERVICE_CIDR_OVERLAP", Severity.ERROR, "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("172.20.0.0/16", "VPC block 10.0.0.0/16 lies in 10.0.0.0/8");
        assertThat(findings.get(1).message())
                .contains(
                        "172.20.0.0/16 (predicted, because VPC block 10.0.0.0/16 lies in 10.0.0.0/8)",
                        "172.20.0.0/16 (vpc.cidrBlocks[2])");
        assertThat(findings.get(1).hint()).contains("10.100.0.0/16");
    }

    @Test
    void doesNotReportAPredictionThatMissesTheVpc() {
        assertThat(withoutServiceCidr("10.100.0.0/16").findings(rule))
                .extracting(Finding::code)
                .containsExactly("SERVICE_CIDR_PREDICTED");
    }

    @Test
    void predictsTenDotHundredForTheCanonicalVpc() {
        var findings = canonical().remove("serviceIpv4Cidr").findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("SERVICE_CIDR_PREDICTED");
        assertThat(findings.get(0).message()).contains("10.100.0.0/16");
    }

    @Test
    void refusesAServiceCidrForAnIpv6Cluster() {
        // eksctl validateKubernetesNetworkConfig at 99984adb6: "service IPv4 CIDR is not supported with IPv6".
        var findings = canonical().set("ipFamily", "IPv6").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SERVICE_CIDR_INVALID", Severity.ERROR, "serviceIpv4Cidr"));
        assertThat(findings.get(0).message()).contains("service IPv4 CIDR is not supported with IPv6");
    }

    @Test
    void predictsNoIpv4ServiceCidrForAnIpv6Cluster() {
        // Its Services take IPv6 addresses from fc00::/7 (src/docs/reference/eks-vpc.md §3.7), so a VPC block in
        // 172.20.0.0/16 clashes with nothing.
        assertThat(withoutServiceCidr("10.0.0.0/16", "172.20.0.0/16")
                        .set("ipFamily", "IPv6")
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void predictsTenDotHundredForAVpcWithoutBlocks() {
        var findings = withoutServiceCidr().findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("SERVICE_CIDR_PREDICTED");
        assertThat(findings.get(0).message()).contains("10.100.0.0/16", "the VPC has no block in 10.0.0.0/8");
    }
}
