package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class Ipv6RuleTests {

    private final Ipv6Rule rule = new Ipv6Rule();

    @Test
    void saysNothingOfAnIpv4Cluster() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
        assertThat(Topologies.canonical().set("ipFamily", "IPv4").findings(rule))
                .isEmpty();
    }

    @Test
    void warnsThatAnIpv6ClustersPlanIsNotModelled() {
        var findings = Topologies.canonical().set("ipFamily", "IPv6").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("IPV6_NOT_MODELLED", Severity.WARNING, "ipFamily"));
        assertThat(findings.get(0).message()).contains("does not model").contains("IPv4 only");
    }
}
