package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.EniKind;
import io.eksplanner.ipam.MaxPodsSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The engine's enums keep the spellings the API has always answered with. */
class WireNamesTests {

    @Test
    void spellsEveryEniKindAsBefore() {
        assertThat(Arrays.stream(EniKind.values()).map(IpPlanResponse::wireName))
                .containsExactly("primary", "secondary", "trunk", "branch");
    }

    @Test
    void spellsEveryMaxPodsSourceAsBefore() {
        assertThat(Arrays.stream(MaxPodsSource.values()).map(IpPlanResponse::wireName))
                .containsExactly(
                        "explicit",
                        "eks-managed-cap",
                        "eni-formula",
                        "eni-formula (vCPUs unknown: EKS's cap not applied)",
                        "nodeadm-default",
                        "nodeadm-default (amiFamily not modelled: its bootstrap may differ)");
    }
}
