package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePublicIpRuleTests {

    private final NodePublicIpRule rule = new NodePublicIpRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAPublicNodeSubnetThatDoesNotMapPublicIpsWithEksctlsMessage() {
        var findings = Topologies.canonical()
                .set("subnets[2].mapPublicIpOnLaunch", false)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODE_PUBLIC_IP_MISSING", Severity.ERROR, "nodeGroups[0].subnets[1]"));
        assertThat(findings.get(0).message())
                .contains("ng-1", "public-c", "mapPublicIpOnLaunch false")
                .contains("found mis-configured or non-public subnets [\"public-c\"]. Expected public subnets with"
                        + " property \"MapPublicIpOnLaunch\" enabled. Without it new nodes won't get an IP assigned");
        assertThat(findings.get(0).hint()).contains("mapPublicIpOnLaunch to true on public-c");
    }

    @Test
    void readsAMissingSettingAsAwsDefaultFalseAndNamesTheSubnetId() {
        var findings = Topologies.canonical()
                .remove("subnets[1].mapPublicIpOnLaunch")
                .set("subnets[1].id", "subnet-0123456789abcdef0")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODE_PUBLIC_IP_MISSING", "nodeGroups[0].subnets[0]"));
        assertThat(findings.get(0).message())
                .contains("not set, AWS's default false", "[\"subnet-0123456789abcdef0\"]");
        assertThat(findings.get(0).hint()).contains("--subnet-id subnet-0123456789abcdef0");
    }

    @Test
    void reportsASubnetListedTwiceOnce() {
        var findings = Topologies.canonical()
                .set("subnets[0].mapPublicIpOnLaunch", false)
                .set("nodeGroups[0].subnets", List.of("public-a", "public-b", "public-a"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODE_PUBLIC_IP_MISSING", "nodeGroups[0].subnets[0]"));
    }

    @Test
    void reportsEachNodeGroupUsingTheSubnet() {
        var findings = Topologies.canonical()
                .set("subnets[1].mapPublicIpOnLaunch", false)
                .add("nodeGroups", "{\"name\": \"ng-2\", \"subnets\": [\"public-a\", \"public-b\"]}")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("NODE_PUBLIC_IP_MISSING", "nodeGroups[0].subnets[0]"),
                        tuple("NODE_PUBLIC_IP_MISSING", "nodeGroups[1].subnets[1]"));
    }

    @Test
    void leavesPrivateSubnetsAndSubnetsWithoutNodesAlone() {
        var findings = Topologies.canonical()
                .set("subnets[0].mapPublicIpOnLaunch", false)
                .set("nodeGroups[0].subnets", List.of("private-a", "private-b"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
