package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeEgressRuleTests {

    private static final List<String> ALL_ENDPOINTS = List.of("ec2", "ecr.api", "ecr.dkr", "s3", "sts");

    private final NodeEgressRule rule = new NodeEgressRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsAnIsolatedSubnetWithAPublicOnlyEndpointAndNoVpcEndpoints() {
        var findings = privateNodes().set("subnets[4].egress", "NONE").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("NODE_EGRESS_MISSING", Severity.ERROR, "nodeGroups[0].subnets[1]"));
        assertThat(findings.get(0).message())
                .contains("ng-1", "private-b", "egress NONE", "the private API endpoint")
                .contains("the VPC endpoints ec2, ecr.api, ecr.dkr, s3, sts");
        assertThat(findings.get(0).hint())
                .contains("NAT gateway", "endpointAccess.privateAccess", "ec2, ecr.api, ecr.dkr, s3, sts");
    }

    @Test
    void listsOnlyTheMissingVpcEndpointsWhenThePrivateEndpointIsOn() {
        var findings = privateNodes()
                .set("subnets[3].egress", "NONE")
                .set("endpointAccess.privateAccess", true)
                .set("vpc.endpoints", List.of("ec2", "com.amazonaws.ap-northeast-2.ecr.api", "sts"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODE_EGRESS_MISSING", "nodeGroups[0].subnets[0]"));
        assertThat(findings.get(0).message())
                .contains("missing the VPC endpoints ecr.dkr, s3")
                .doesNotContain("private API endpoint", "ec2,", "sts");
        assertThat(findings.get(0).hint()).doesNotContain("privateAccess");
    }

    @Test
    void reportsOnlyThePrivateEndpointWhenEveryVpcEndpointExists() {
        var findings = privateNodes()
                .set("subnets[3].egress", "NONE")
                .set("vpc.endpoints", ALL_ENDPOINTS)
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("NODE_EGRESS_MISSING");
        assertThat(findings.get(0).message())
                .contains("missing the private API endpoint")
                .doesNotContain("VPC endpoints");
    }

    @Test
    void acceptsAnIsolatedSubnetWithThePrivateEndpointAndEveryVpcEndpoint() {
        var findings = privateNodes()
                .set("subnets[3].egress", "NONE")
                .set("subnets[4].egress", "NONE")
                .set("endpointAccess.privateAccess", true)
                .set("vpc.endpoints", ALL_ENDPOINTS)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void treatsAPublicSubnetWithoutStatedEgressAsRoutedToTheInternet() {
        var findings = Topologies.canonical()
                .remove("subnets[1].egress")
                .remove("subnets[2].egress")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void leavesAPrivateSubnetWithoutStatedEgressUnjudged() {
        var findings = privateNodes().remove("subnets[3].egress").findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAPublicSubnetWhoseEgressIsNone() {
        var findings = Topologies.canonical().set("subnets[2].egress", "NONE").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODE_EGRESS_MISSING", "nodeGroups[0].subnets[1]"));
        assertThat(findings.get(0).hint()).contains("public-c a route to an internet gateway");
    }

    @Test
    void reportsASubnetListedTwiceOnce() {
        var findings = privateNodes()
                .set("subnets[3].egress", "NONE")
                .set("nodeGroups[0].subnets", List.of("private-a", "private-a"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NODE_EGRESS_MISSING", "nodeGroups[0].subnets[0]"));
    }

    @Test
    void leavesIsolatedSubnetsWithoutNodesAlone() {
        var findings = Topologies.canonical().set("subnets[3].egress", "NONE").findings(rule);

        assertThat(findings).isEmpty();
    }

    private static Topologies privateNodes() {
        return Topologies.canonical().set("nodeGroups[0].subnets", List.of("private-a", "private-b"));
    }
}
