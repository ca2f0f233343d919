package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/** SUBNET_ID_MALFORMED: placeholder subnet ids import, with a warning that AWS will refuse them. */
class SubnetIdRuleTests {

    @Test
    void warnsAboutAPlaceholderSubnetId() {
        var findings =
                Topologies.canonical().set("subnets[0].id", "subnet-1234").findings(new SubnetIdRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_ID_MALFORMED", Severity.WARNING, "subnets[0].id"));
        assertThat(findings.get(0).message()).contains("subnet-1234");
    }

    @Test
    void acceptsAwsSubnetIdsOfBothLengths() {
        assertThat(Topologies.canonical()
                        .set("subnets[0].id", "subnet-0123456789abcdef0")
                        .set("subnets[1].id", "subnet-01234567")
                        .findings(new SubnetIdRule()))
                .isEmpty();
    }
}
