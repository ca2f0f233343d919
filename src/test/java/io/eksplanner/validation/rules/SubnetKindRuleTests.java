package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubnetKindRuleTests {

    private final SubnetKindRule rule = new SubnetKindRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAPrivateSubnetRoutingToAnInternetGateway() {
        var findings = Topologies.canonical()
                .set("subnets[3].egress", "INTERNET_GATEWAY")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_TYPE_EGRESS", Severity.ERROR, "subnets[3].egress"));
        assertThat(findings.get(0).message()).contains("private-a", "PRIVATE", "INTERNET_GATEWAY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAT_GATEWAY", "NONE"})
    void reportsAPublicSubnetWithoutAnInternetGatewayRoute(String egress) {
        var findings = Topologies.canonical().set("subnets[0].egress", egress).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_TYPE_EGRESS", Severity.ERROR, "subnets[0].egress"));
        assertThat(findings.get(0).message()).contains("public-a", "PUBLIC", egress);
    }

    @Test
    void acceptsAPublicSubnetWhoseEgressIsNotGiven() {
        assertThat(Topologies.canonical().remove("subnets[0].egress").findings(rule))
                .isEmpty();
    }

    @Test
    void acceptsAPrivateSubnetWithoutEgress() {
        assertThat(Topologies.canonical().set("subnets[3].egress", "NONE").findings(rule))
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
