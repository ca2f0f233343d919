package io.eksplanner.routing.alb;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.Scheme;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import io.eksplanner.topology.model.ClusterTopology.IngressClassParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings an IngressGroup's members must agree on. */
class GroupSettingsTests {

    static GroupedIngress member(int index, Map<String, String> annotations, IngressClassParameters parameters) {
        var ingress = new Ingress("web-" + index, "default", null, annotations, List.of(), null, null);
        return new GroupedIngress(index, ingress, parameters, null, "group.shop", 0, null);
    }

    /** IngressClass parameters that set only the scheme. */
    private static IngressClassParameters withScheme(String scheme) {
        return new IngressClassParameters(
                scheme, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void takesTheOneValueTheMembersGiveWithSubnetListsInAnyOrder() {
        var problems = new ArrayList<Problem>();

        var settings = GroupSettings.of(
                List.of(
                        member(0, Map.of("alb.ingress.kubernetes.io/subnets", "b , a"), null),
                        member(1, Map.of("alb.ingress.kubernetes.io/subnets", "a,b"), withScheme("internet-facing"))),
                problems);

        assertThat(problems).isEmpty();
        assertThat(settings).isEqualTo(new GroupSettings("internet-facing", null, "a,b", null));
        assertThat(settings.scheme()).isEqualTo(Scheme.INTERNET_FACING);
        assertThat(new GroupSettings("Internal", null, null, null).scheme()).isNull();
    }

    @Test
    void reportsAConflictAtTheFirstMemberThatDisagrees() {
        var problems = new ArrayList<Problem>();

        var settings = GroupSettings.of(
                List.of(
                        member(0, Map.of("alb.ingress.kubernetes.io/ip-address-type", "ipv4"), null),
                        member(1, Map.of(), null),
                        member(2, Map.of("alb.ingress.kubernetes.io/ip-address-type", "dualstack"), null)),
                problems);

        assertThat(settings.ipAddressType()).isNull();
        assertThat(problems)
                .containsExactly(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[2].annotations",
                        "conflicting IPAddressType: [dualstack ipv4]"));
    }
}
