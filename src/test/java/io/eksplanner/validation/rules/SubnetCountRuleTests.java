package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubnetCountRuleTests {

    private static final String EKSCTL_ERROR =
            "insufficient number of subnets, at least 2x public and/or 2x private subnets are required";

    private final SubnetCountRule rule = new SubnetCountRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsASinglePublicSubnet() {
        var findings =
                Topologies.canonical().remove("subnets[1]").remove("subnets[0]").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_COUNT", Severity.ERROR, "subnets"));
        assertThat(findings.get(0).message())
                .contains("exactly one PUBLIC subnet (public-c)")
                .contains(EKSCTL_ERROR);
    }

    @Test
    void reportsASinglePublicAndASinglePrivateSubnetInOneFinding() {
        var findings = Topologies.canonical()
                .remove("subnets[5]")
                .remove("subnets[4]")
                .remove("subnets[2]")
                .remove("subnets[1]")
                .findings(rule);

        assertThat(findings).extracting(Finding::code, Finding::path).containsExactly(tuple("SUBNET_COUNT", "subnets"));
        assertThat(findings.get(0).message()).contains("public-a", "private-a");
    }

    @Test
    void acceptsTwoPrivateSubnetsAndNoPublicOne() {
        var findings = Topologies.canonical()
                .remove("subnets[5]")
                .remove("subnets[2]")
                .remove("subnets[1]")
                .remove("subnets[0]")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotCountAPodSubnetAsTheSecondPrivateSubnet() {
        var findings = Topologies.canonical()
                .remove("subnets[5]")
                .remove("subnets[2]")
                .remove("subnets[1]")
                .remove("subnets[0]")
                .set("subnets[1].podSubnet", true)
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("SUBNET_COUNT");
        assertThat(findings.get(0).message()).contains("exactly one PRIVATE subnet (private-a)");
    }

    @Test
    void reportsATopologyWithoutSubnets() {
        var findings = Topologies.canonical().set("subnets", List.of()).findings(rule);

        assertThat(findings).extracting(Finding::code, Finding::path).containsExactly(tuple("SUBNET_COUNT", "subnets"));
        assertThat(findings.get(0).message()).contains("no subnets", EKSCTL_ERROR);
    }

    @Test
    void acceptsASubnetOfUnknownType() {
        assertThat(Topologies.named("bare")
                        .set("subnets", List.of(Map.of("name", "only-a-name")))
                        .findings(rule))
                .isEmpty();
    }
}
