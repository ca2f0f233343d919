package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class NodeGroupQuotaRuleTests {

    private final NodeGroupQuotaRule rule = new NodeGroupQuotaRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsWhenAManagedGroupCanGrowPast450Nodes() {
        var findings = Topologies.canonical().set("nodeGroups[0].maxSize", 451).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_QUOTA", Severity.WARNING, "nodeGroups[0].maxSize"));
        assertThat(findings.get(0).message()).contains("ng-1", "451", "450", "adjustable");
        assertThat(findings.get(0).hint()).contains("Service Quotas", "Nodes per managed node group");
    }

    @Test
    void acceptsExactly450Nodes() {
        assertThat(Topologies.canonical().set("nodeGroups[0].maxSize", 450).findings(rule))
                .isEmpty();
    }

    @Test
    void readsDesiredSizeWhenMaxSizeIsNotGiven() {
        var findings = Topologies.canonical()
                .remove("nodeGroups[0].maxSize")
                .set("nodeGroups[0].desiredSize", 500)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODEGROUP_QUOTA", "nodeGroups[0].desiredSize"));
        assertThat(findings.get(0).message()).contains("500");
    }

    @Test
    void leavesSelfManagedGroupsAlone() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].maxSize", 1000)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void countsAGroupWithoutManagedFlagAsManaged() {
        var findings = Topologies.canonical()
                .remove("nodeGroups[0].managed")
                .set("nodeGroups[0].maxSize", 451)
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("NODEGROUP_QUOTA");
    }

    @Test
    void warnsAboutMoreThan30ManagedGroups() {
        var findings = withExtraGroups(30).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_QUOTA", Severity.WARNING, "nodeGroups"));
        assertThat(findings.get(0).message()).contains("31 managed node groups", "30", "adjustable");
    }

    @Test
    void acceptsExactly30ManagedGroupsBesideSelfManagedOnes() {
        var findings = withExtraGroups(29).findings(rule);
        var withSelfManaged = withExtraGroups(29)
                .add("nodeGroups", "{\"name\": \"self\", \"managed\": false, \"subnets\": [\"public-a\"]}")
                .findings(rule);

        assertThat(findings).isEmpty();
        assertThat(withSelfManaged).isEmpty();
    }

    private static Topologies withExtraGroups(int count) {
        var topology = Topologies.canonical();
        for (int n = 0; n < count; n++) {
            topology.add(
                    "nodeGroups",
                    "{\"name\": \"extra-" + n + "\", \"managed\": true, \"maxSize\": 2, \"subnets\": [\"public-a\"]}");
        }
        return topology;
    }
}
