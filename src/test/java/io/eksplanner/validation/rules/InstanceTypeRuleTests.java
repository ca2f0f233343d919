package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class InstanceTypeRuleTests {

    private final InstanceTypeRule rule = new InstanceTypeRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAnUnknownTypeAndSuggestsTheClosestNames() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "m5.larg")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("INSTANCE_TYPE_UNKNOWN", Severity.ERROR, "nodeGroups[0].instanceType"));
        assertThat(findings.get(0).message()).contains("ng-1", "m5.larg", "ENI limits catalogue");
        assertThat(findings.get(0).hint()).startsWith("did you mean m5.large, ");
    }

    @Test
    void reportsEachGroupAtItsOwnIndex() {
        var findings = Topologies.canonical()
                .add("nodeGroups", "{\"name\": \"ng-2\", \"instanceType\": \"zz9.huge\"}")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("INSTANCE_TYPE_UNKNOWN", "nodeGroups[1].instanceType"));
    }

    @Test
    void acceptsAKnownType() {
        assertThat(Topologies.canonical()
                        .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void acceptsAMissingTypeAsEksctlsDefault() {
        assertThat(Topologies.canonical().remove("nodeGroups[0].instanceType").findings(rule))
                .isEmpty();
    }
}
