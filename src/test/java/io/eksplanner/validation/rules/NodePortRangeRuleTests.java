package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/**
 * The NodePort range holds 2,768 ports; the canonical cluster's LoadBalancer Service takes 30686, so 2,767 more
 * one-port Services fit and the next is refused, whatever its type.
 */
class NodePortRangeRuleTests {

    private final NodePortRangeRule rule = new NodePortRangeRule();

    /** The canonical cluster and {@code count} one-port Services of {@code type} after its LoadBalancer Service. */
    static Topologies withServices(int count, String type) {
        var topology = Topologies.canonical();
        for (int i = 0; i < count; i++) {
            topology.add("services", """
                    {"name": "svc-%d", "namespace": "default", "type": "%s", "selector": {"app": "my-nginx"},
                     "ports": [{"port": 80, "targetPort": 80}]}
                    """.formatted(i, type));
        }
        return topology;
    }

    @Test
    void findsNothingWhileTheRangeHoldsEveryService() {
        assertThat(withServices(2_767, "NodePort").findings(rule)).isEmpty();
    }

    @Test
    void namesTheFirstNodePortServiceRefusedThoughNoLoadBalancerIsRefused() {
        var findings = withServices(2_769, "NodePort").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODEPORT_RANGE_EXHAUSTED", Severity.ERROR, "services[2768].ports[0].nodePort"));
        assertThat(findings.get(0).message()).contains("default/svc-2767", "and 1 later Service(s) too");
        assertThat(findings.get(0).hint()).contains("allocateLoadBalancerNodePorts: false");
    }

    @Test
    void namesTheFirstLoadBalancerServiceRefused() {
        var findings = withServices(2_768, "LoadBalancer").findings(rule);

        assertThat(findings).extracting(Finding::path).containsExactly("services[2768].ports[0].nodePort");
    }

    @Test
    void allocatesNothingForClusterIpServices() {
        assertThat(withServices(2_800, "ClusterIP").findings(rule)).isEmpty();
    }

    @Test
    void isReportedOnceByTheWholeEngineWhenLoadBalancersAreRefusedToo() {
        var topology = withServices(2_768, "NodePort").add("services", """
                {"name": "late-lb", "namespace": "default", "type": "LoadBalancer", "selector": {"app": "my-nginx"},
                 "ports": [{"port": 80, "targetPort": 80}]}
                """);

        var findings = topology.validate().findings().stream()
                .filter(finding -> finding.code().equals("NODEPORT_RANGE_EXHAUSTED"))
                .toList();

        assertThat(findings).extracting(Finding::path).containsExactly("services[2768].ports[0].nodePort");
        assertThat(findings.get(0).message()).contains("default/svc-2767", "and 1 later Service(s) too");
    }
}
