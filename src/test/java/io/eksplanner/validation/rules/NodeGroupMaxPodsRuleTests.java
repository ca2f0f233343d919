package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

class NodeGroupMaxPodsRuleTests {

    private final NodeGroupMaxPodsRule rule = new NodeGroupMaxPodsRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsAboveTheCapOf110ForASmallInstance() {
        var findings = Topologies.canonical().set("nodeGroups[0].maxPods", 111).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEGROUP_MAX_PODS", Severity.WARNING, "nodeGroups[0].maxPods"));
        assertThat(findings.get(0).message()).contains("ng-1", "maxPods 111", "m5.large (2 vCPUs) at 110");
        assertThat(findings.get(0).hint()).contains("at most 110", "more than 30 vCPUs");
    }

    @Test
    void acceptsExactly110OnASmallInstance() {
        assertThat(Topologies.canonical().set("nodeGroups[0].maxPods", 110).findings(rule))
                .isEmpty();
    }

    @Test
    void allows250AboveThirtyVcpus() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "m5.12xlarge")
                .set("nodeGroups[0].maxPods", 250)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboveTheCapOf250ForALargeInstance() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "m5.12xlarge")
                .set("nodeGroups[0].maxPods", 251)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODEGROUP_MAX_PODS", "nodeGroups[0].maxPods"));
        assertThat(findings.get(0).message()).contains("maxPods 251", "m5.12xlarge (48 vCPUs) at 250");
        assertThat(findings.get(0).hint()).isEqualTo("set maxPods to at most 250");
    }

    @Test
    void appliesEksctlsDefaultInstanceTypeWhenNoneIsGiven() {
        var findings = Topologies.canonical()
                .remove("nodeGroups[0].instanceType")
                .set("nodeGroups[0].maxPods", 200)
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("NODEGROUP_MAX_PODS");
        assertThat(findings.get(0).message()).contains("m5.large (eksctl's default, 2 vCPUs)");
    }

    @Test
    void leavesSelfManagedGroupsAlone() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].managed", false)
                .set("nodeGroups[0].maxPods", 500)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void skipsTypesWithoutKnownVcpusAndUnknownTypes() {
        var noVcpus = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                .set("nodeGroups[0].maxPods", 500)
                .findings(rule);
        var unknown = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "m5.larg")
                .set("nodeGroups[0].maxPods", 500)
                .findings(rule);

        assertThat(Topologies.CATALOG.find("c7i.32xlarge").orElseThrow().vcpus())
                .isNull();
        assertThat(noVcpus).isEmpty();
        assertThat(unknown).isEmpty();
    }
}
