package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointAccessRuleTests {

    private final EndpointAccessRule rule = new EndpointAccessRule();

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsBothEndpointsOff() {
        var findings = Topologies.canonical()
                .set("endpointAccess.publicAccess", false)
                .set("endpointAccess.privateAccess", false)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_ACCESS_NONE", Severity.ERROR, "endpointAccess"));
        assertThat(findings.get(0).message())
                .contains("Kubernetes API access must have one of public or private clusterEndpoints enabled");
    }

    @Test
    void readsAMissingPrivateFlagAsOffAsEksDoes() {
        var findings = Topologies.canonical()
                .set("endpointAccess.publicAccess", false)
                .remove("endpointAccess.privateAccess")
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("ENDPOINT_ACCESS_NONE");
    }

    @Test
    void readsMissingFlagsAsPublicOnlyAsEksDoes() {
        var findings = Topologies.canonical().remove("endpointAccess").findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboutAPrivateOnlyEndpoint() {
        var findings = Topologies.canonical()
                .set("endpointAccess.publicAccess", false)
                .set("endpointAccess.privateAccess", true)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PRIVATE_ONLY", Severity.WARNING, "endpointAccess"));
        assertThat(findings.get(0).message()).contains("publicAccess is false", "privateAccess true");
    }

    @Test
    void acceptsPublicAndPrivateEndpointsTogether() {
        var findings =
                Topologies.canonical().set("endpointAccess.privateAccess", true).findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAPrivateEndpointWithoutDnsHostnames() {
        var findings = Topologies.canonical()
                .set("endpointAccess.privateAccess", true)
                .set("vpc.enableDnsHostnames", false)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PRIVATE_DNS", Severity.ERROR, "vpc.enableDnsHostnames"));
        assertThat(findings.get(0).message()).contains("enableDnsHostnames is false");
    }

    @Test
    void readsMissingDnsHostnamesAsOffAsANewVpcHasIt() {
        var findings = Topologies.canonical()
                .set("endpointAccess.privateAccess", true)
                .remove("vpc.enableDnsHostnames")
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("ENDPOINT_PRIVATE_DNS", "vpc.enableDnsHostnames"));
        assertThat(findings.get(0).message()).contains("not set");
    }

    @Test
    void reportsAPrivateEndpointWithoutDnsSupport() {
        var findings = Topologies.canonical()
                .set("endpointAccess.privateAccess", true)
                .set("vpc.enableDnsSupport", false)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PRIVATE_DNS", Severity.ERROR, "vpc.enableDnsSupport"));
        assertThat(findings.get(0).message()).contains("enableDnsSupport is false");
    }

    @Test
    void readsMissingDnsSupportAsOnAsANewVpcHasIt() {
        var findings = Topologies.canonical()
                .set("endpointAccess.privateAccess", true)
                .remove("vpc.enableDnsSupport")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresVpcDnsWhenThePrivateEndpointIsOff() {
        var findings = Topologies.canonical()
                .set("vpc.enableDnsHostnames", false)
                .set("vpc.enableDnsSupport", false)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        assertThat(Topologies.named("bare").findings(rule)).isEmpty();
    }

    @Test
    void warnsRatherThanFailsWhenAnExistingVpcLeavesItsDnsHostnamesUnsaid() {
        var findings = Topologies.canonical()
                .set("endpointAccess", Map.of("publicAccess", false, "privateAccess", true))
                .remove("vpc.enableDnsHostnames")
                .set("vpc.id", "vpc-0123456789abcdef0")
                .set("outpost", Map.of("controlPlaneOutpostArn", "arn:aws:outposts:ap-northeast-2:1234:outpost/op-1"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PRIVATE_DNS", Severity.WARNING, "vpc.enableDnsHostnames"));
        assertThat(findings.get(0).message()).contains("vpc-0123456789abcdef0");
    }

    @Test
    void raisesNoPrivateOnlyWarningForAControlPlaneOnOutposts() {
        var privateOnly =
                Topologies.canonical().set("endpointAccess", Map.of("publicAccess", false, "privateAccess", true));

        var inTheRegion = privateOnly.findings(rule);
        var onOutposts = privateOnly
                .set("outpost", Map.of("controlPlaneOutpostArn", "arn:aws:outposts:ap-northeast-2:1234:outpost/op-1"))
                .findings(rule);

        assertThat(inTheRegion).extracting(Finding::code).containsExactly("ENDPOINT_PRIVATE_ONLY");
        assertThat(onOutposts).isEmpty();
    }
}
