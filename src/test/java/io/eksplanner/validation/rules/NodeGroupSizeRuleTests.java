package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class NodeGroupSizeRuleTests {

    private final NodeGroupSizeRule rule = new NodeGroupSizeRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsDesiredAboveMaxAtDesiredSizeWithEksctlsMessage() {
        var findings =
                Topologies.canonical().set("nodeGroups[0].desiredSize", 9).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_SIZE_ORDER", Severity.ERROR, "nodeGroups[0].desiredSize"));
        assertThat(findings.get(0).message())
                .contains("ng-1", "desiredSize 9 above maxSize 8")
                .contains("cannot use --nodes-max=8 and --nodes=9 at the same time");
        assertThat(findings.get(0).hint()).contains("at most 8", "at least 9");
    }

    @Test
    void reportsDesiredBelowMinAtDesiredSize() {
        var findings =
                Topologies.canonical().set("nodeGroups[0].desiredSize", 1).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODEGROUP_SIZE_ORDER", "nodeGroups[0].desiredSize"));
        assertThat(findings.get(0).message())
                .contains("desiredSize 1 below minSize 2", "cannot use --nodes-min=2 and --nodes=1 at the same time");
    }

    @Test
    void reportsMinAboveMaxAtMinSize() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].minSize", 6)
                .set("nodeGroups[0].maxSize", 5)
                .remove("nodeGroups[0].desiredSize")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_SIZE_ORDER", Severity.ERROR, "nodeGroups[0].minSize"));
        assertThat(findings.get(0).message())
                .contains("minSize 6 above maxSize 5", "cannot use --nodes-min=6 and --nodes-max=5 at the same time");
    }

    @Test
    void reportsEveryBrokenPairOnceAtItsField() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].minSize", 10)
                .set("nodeGroups[0].desiredSize", 5)
                .set("nodeGroups[0].maxSize", 3)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("NODEGROUP_SIZE_ORDER", "nodeGroups[0].minSize"),
                        tuple("NODEGROUP_SIZE_ORDER", "nodeGroups[0].desiredSize"));
        assertThat(findings.get(1).message()).contains("desiredSize 5 below minSize 10", "above maxSize 3");
    }

    @Test
    void quotesEksctlsUnmanagedMessagesForSelfManagedGroups() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].desiredSize", 9)
                .findings(rule);

        assertThat(findings.get(0).message())
                .contains("--nodes value (9) cannot be greater than --nodes-max value (8)");
    }

    @Test
    void acceptsEqualSizes() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].minSize", 3)
                .set("nodeGroups[0].desiredSize", 3)
                .set("nodeGroups[0].maxSize", 3)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void comparesOnlyTheSizesGiven() {
        var findings = Topologies.canonical()
                .remove("nodeGroups[0].minSize")
                .remove("nodeGroups[0].maxSize")
                .set("nodeGroups[0].desiredSize", 100)
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
