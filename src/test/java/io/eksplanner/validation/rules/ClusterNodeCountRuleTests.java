package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class ClusterNodeCountRuleTests {

    private final ClusterNodeCountRule rule = new ClusterNodeCountRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsWhenTheGroupsReachMoreThan5000NodesAtMaxSize() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].maxSize", 3000)
                .add("nodeGroups", "{\"name\": \"ng-2\", \"maxSize\": 2001, \"managed\": false}")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("CLUSTER_NODE_COUNT", Severity.WARNING, "nodeGroups"));
        assertThat(findings.get(0).message()).contains("5,001", "5,000", "100,000");
    }

    @Test
    void acceptsExactly5000Nodes() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].maxSize", 3000)
                .add("nodeGroups", "{\"name\": \"ng-2\", \"maxSize\": 2000}")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void fallsBackToDesiredThenMinSize() {
        var findings = Topologies.canonical()
                .remove("nodeGroups[0].maxSize")
                .set("nodeGroups[0].desiredSize", 3000)
                .add("nodeGroups", "{\"name\": \"ng-2\", \"minSize\": 2500}")
                .add("nodeGroups", "{\"name\": \"ng-3\"}")
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("CLUSTER_NODE_COUNT");
        assertThat(findings.get(0).message()).contains("5,500");
    }

    @Test
    void doesNotOverflowOnHugeGroups() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].maxSize", Integer.MAX_VALUE)
                .add("nodeGroups", "{\"name\": \"ng-2\", \"maxSize\": " + Integer.MAX_VALUE + "}")
                .findings(rule);

        assertThat(findings.get(0).message()).contains("4,294,967,294");
    }
}
