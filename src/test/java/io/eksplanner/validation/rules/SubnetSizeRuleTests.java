package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubnetSizeRuleTests {

    private final SubnetSizeRule rule = new SubnetSizeRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsButDoesNotFailAControlPlaneSlash28() {
        var findings =
                Topologies.canonical().set("subnets[3].cidr", "192.168.96.0/28").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_FREE_IPS", Severity.WARNING, "subnets[3].cidr"));
        assertThat(findings.get(0).message()).contains("private-a", "192.168.96.0/28", "11 usable");
        assertThat(findings.get(0).hint()).contains("/27");
    }

    @Test
    void acceptsAControlPlaneSlash27() {
        assertThat(Topologies.canonical()
                        .set("subnets[3].cidr", "192.168.96.0/27")
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void ignoresASmallSubnetTheControlPlaneDoesNotUse() {
        var findings = Topologies.canonical()
                .set("subnets[3].cidr", "192.168.96.0/28")
                .set("controlPlaneSubnets", List.of("private-b", "private-c"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresASmallPodSubnet() {
        var findings = Topologies.canonical().add("subnets", """
                        {"name": "pods-a", "cidr": "100.64.0.0/28", "availabilityZone": "ap-northeast-2a",
                         "type": "PRIVATE", "egress": "NAT_GATEWAY", "podSubnet": true}
                        """).findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsASubnetNamedTwiceOnce() {
        var findings = Topologies.canonical()
                .set("subnets[4].cidr", "192.168.128.0/28")
                .set("controlPlaneSubnets", List.of("private-a", "private-b", "private-b"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("SUBNET_FREE_IPS", "subnets[4].cidr"));
    }

    @Test
    void skipsASubnetWithoutCidr() {
        assertThat(Topologies.canonical().remove("subnets[3].cidr").findings(rule))
                .isEmpty();
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        assertThat(Topologies.named("bare")
                        .set("subnets", List.of(Map.of("name", "only-a-name")))
                        .findings(rule))
                .isEmpty();
    }
}
