package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutpostRuleTests {

    private static final String ARN = "arn:aws:outposts:ap-northeast-2:123456789012:outpost/op-0123456789abcdef0";

    private final OutpostRule rule = new OutpostRule();

    /** The canonical cluster moved onto an Outpost as eksctl would have it: private-only, self-managed, one AZ. */
    private static Topologies onOutpost() {
        return Topologies.canonical()
                .set("outpost", Map.of("controlPlaneOutpostArn", ARN))
                .set("endpointAccess", Map.of("publicAccess", false, "privateAccess", true))
                .set("nodeGroups[0].managed", false)
                .set("controlPlaneSubnets", List.of("private-a"));
    }

    @Test
    void findsNothingInTheRegionOrOnAnOutpostAsEksctlMakesIt() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
        assertThat(onOutpost().findings(rule)).isEmpty();
    }

    @Test
    void refusesAManagedNodeGroupOnOutposts() {
        var findings = onOutpost().set("nodeGroups[0].managed", true).findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("OUTPOST_MANAGED_NODEGROUP", Severity.ERROR, "nodeGroups[0].managed"));
        assertThat(findings.get(0).message()).contains("Managed Nodegroups are not supported on Outposts");
    }

    @Test
    void refusesAPublicEndpointAndPublicAccessCidrsOnOutposts() {
        var findings = onOutpost()
                .set("endpointAccess", Map.of("publicAccess", true, "publicAccessCidrs", List.of("1.1.1.1/32")))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("OUTPOST_ENDPOINT_ACCESS", "endpointAccess"),
                        tuple("OUTPOST_ENDPOINT_ACCESS", "endpointAccess.publicAccessCidrs"));
    }

    @Test
    void refusesIpv6OnOutposts() {
        var findings = onOutpost().set("ipFamily", "IPv6").findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("OUTPOST_IPV6", "ipFamily"));
    }

    @Test
    void needsOneControlPlaneSubnetOnTheOutpostsOneAz() {
        var none = onOutpost()
                .set("controlPlaneSubnets", List.of())
                .set("subnets", List.of())
                .findings(rule);
        var twoAzs = onOutpost()
                .set("controlPlaneSubnets", List.of("private-a", "private-b"))
                .findings(rule);

        assertThat(none).extracting(Finding::code).containsExactly("OUTPOST_SUBNETS");
        assertThat(none.get(0).message()).contains("at least 1x public and/or 1x private subnets are required");
        assertThat(twoAzs).extracting(Finding::code).containsExactly("OUTPOST_SUBNETS");
        assertThat(twoAzs.get(0).message()).contains("2 AZs");
    }

    @Test
    void letsTheOutpostsOneSubnetReplaceTheTwoAzAndTwoSubnetRules() {
        var report = onOutpost()
                .set(
                        "subnets",
                        List.of(Map.of(
                                "name", "private-outpost",
                                "cidr", "192.168.96.0/19",
                                "type", "PRIVATE",
                                "egress", "NAT_GATEWAY")))
                .set("nodeGroups[0].subnets", List.of("private-outpost"))
                .set("controlPlaneSubnets", List.of("private-outpost"))
                .validate();

        assertThat(report.findings())
                .extracting(Finding::code)
                .doesNotContain("SUBNET_AZ_COUNT", "SUBNET_COUNT", "ENDPOINT_PRIVATE_ONLY", "OUTPOST_SUBNETS")
                .contains("SUBNET_AZ_UNKNOWN");
    }
}
