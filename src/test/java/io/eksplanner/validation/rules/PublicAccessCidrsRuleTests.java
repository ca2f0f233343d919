package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAccessCidrsRuleTests {

    private final PublicAccessCidrsRule rule = new PublicAccessCidrsRule();

    private static List<String> cidrs(int count) {
        return IntStream.range(0, count).mapToObj(i -> "198.51." + i + ".0/24").toList();
    }

    /** The canonical topology with the private endpoint on too, so restricted CIDRs do not concern the nodes. */
    private static Topologies withPrivateEndpoint() {
        return Topologies.canonical().set("endpointAccess.privateAccess", true);
    }

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void reportsMoreThanFortyCidrs() {
        var findings = withPrivateEndpoint()
                .set("endpointAccess.publicAccessCidrs", cidrs(41))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PUBLIC_CIDRS", Severity.ERROR, "endpointAccess.publicAccessCidrs"));
        assertThat(findings.get(0).message()).contains("41", "at most 40");
        assertThat(findings.get(0).hint()).contains("remove 1");
    }

    @Test
    void acceptsExactlyFortyCidrs() {
        assertThat(withPrivateEndpoint()
                        .set("endpointAccess.publicAccessCidrs", cidrs(40))
                        .findings(rule))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0/8, 0.0.0.0/8",
        "0.1.2.0/24, 0.0.0.0/8",
        "127.0.0.1/32, 127.0.0.0/8",
        "169.254.169.254/32, 169.254.0.0/16",
        "224.0.0.0/4, 224.0.0.0/4",
        "239.1.0.0/16, 224.0.0.0/4",
        "240.0.0.0/8, 240.0.0.0/4",
        "255.255.255.255/32, 240.0.0.0/4"
    })
    void reportsACidrInAReservedRange(String cidr, String reserved) {
        var findings = withPrivateEndpoint()
                .set("endpointAccess.publicAccessCidrs", List.of("203.0.113.0/24", cidr))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ENDPOINT_PUBLIC_CIDRS", Severity.ERROR, "endpointAccess.publicAccessCidrs[1]"));
        assertThat(findings.get(0).message())
                .contains(cidr + " lies in " + reserved)
                .contains("The blocks cannot include reserved addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "203.0.113.0/24", "1.0.0.0/8", "126.255.255.255/32", "224.0.0.0/3"})
    void acceptsCidrsNotWhollyInAReservedRange(String cidr) {
        assertThat(withPrivateEndpoint()
                        .set("endpointAccess.publicAccessCidrs", List.of(cidr))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void warnsThatRestrictedCidrsMustCoverNodesOfAPublicOnlyEndpoint() {
        var findings = Topologies.canonical()
                .set("endpointAccess.publicAccessCidrs", List.of("203.0.113.0/24"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("ENDPOINT_PUBLIC_CIDRS_NODES", Severity.WARNING, "endpointAccess.publicAccessCidrs"));
        assertThat(findings.get(0).message()).contains("203.0.113.0/24", "1 node group");
        assertThat(findings.get(0).hint()).contains("NAT", "privateAccess");
    }

    @Test
    void doesNotWarnAboutNodesWhenTheCidrsIncludeTheWholeInternet() {
        assertThat(Topologies.canonical()
                        .set("endpointAccess.publicAccessCidrs", List.of("203.0.113.0/24", "0.0.0.0/0"))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void doesNotWarnAboutNodesWhenTheyUseThePrivateEndpoint() {
        assertThat(withPrivateEndpoint()
                        .set("endpointAccess.publicAccessCidrs", List.of("203.0.113.0/24"))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void doesNotWarnAboutNodesWhenThereAreNone() {
        assertThat(Topologies.canonical()
                        .set("endpointAccess.publicAccessCidrs", List.of("203.0.113.0/24"))
                        .set("nodeGroups", List.of())
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void doesNotWarnAboutNodesWhenNoCidrsAreGiven() {
        assertThat(Topologies.canonical()
                        .set("endpointAccess.publicAccessCidrs", List.of())
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        assertThat(Topologies.named("bare").findings(rule)).isEmpty();
    }
}
