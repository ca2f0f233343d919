package io.eksplanner.routing.alb;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the controller reads {@code listen-ports} and merges a group's ports. */
class ListenPortsTests {

    static GroupedIngress member(int index, String name, String listenPorts) {
        var annotations = listenPorts == null
                ? Map.<String, String>of()
                : Map.of("alb.ingress.kubernetes.io/listen-ports", listenPorts);
        var ingress = new Ingress(name, "default", null, annotations, List.of(), null, null);
        return new GroupedIngress(index, ingress, null, null, "group.shop", 0, null);
    }

    static List<String> reasons(String listenPorts) {
        var reasons = new ArrayList<String>();
        ListenPorts.parse(member(0, "web", listenPorts), reasons);
        return reasons;
    }

    @Test
    void listensOnHttp80ByDefault() {
        var reasons = new ArrayList<String>();

        assertThat(ListenPorts.parse(member(0, "web", null), reasons)).containsExactly(Map.entry(80, "HTTP"));
        assertThat(ListenPorts.parse(member(0, "web", "[{\"HTTPS\": 443}, {\"HTTP\":8080}]"), reasons))
                .containsExactly(Map.entry(443, "HTTPS"), Map.entry(8080, "HTTP"));
        assertThat(reasons).isEmpty();
    }

    /** The controller's parseListenPorts compares protocol names case-sensitively and checks the port first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80|failed to parse listen-ports of Ingress default/web: 80",
                "[]|listen-ports of Ingress default/web is empty",
                "[{\"https\": 443}]|listen-ports of Ingress default/web: listen protocol must be within [HTTP, HTTPS]: https",
                "[{\"Http\": 80}]|listen-ports of Ingress default/web: listen protocol must be within [HTTP, HTTPS]: Http",
                "[{\"TCP\": 443}]|listen-ports of Ingress default/web: listen protocol must be within [HTTP, HTTPS]: TCP",
                "[{\"http\": 0}]|listen-ports of Ingress default/web: listen port must be within [1, 65535]: 0"
            })
    void refusesWhatTheControllerRefuses(String listenPorts, String reason) {
        assertThat(reasons(listenPorts)).containsExactly(reason);
    }

    @Test
    void failsTheGroupOnTheMemberWithTheBadValue() {
        var problems = new ArrayList<Problem>();

        ListenPorts.merge(
                List.of(member(0, "a", null), member(1, "b", "[{\"https\": 443}]")), problems, new ArrayList<>());

        assertThat(problems)
                .containsExactly(new Problem(
                        ProblemCode.LB_BUILD_FAILED,
                        "ingresses[1].annotations",
                        "listen-ports of Ingress default/b: listen protocol must be within [HTTP, HTTPS]: https"));
    }

    @Test
    void mergesTheMembersPortsAndReportsASecondProtocolForAPort() {
        var first = member(0, "a", "[{\"HTTPS\": 443}]");
        var second = member(1, "b", "[{\"HTTP\": 443}, {\"HTTP\": 80}]");
        var problems = new ArrayList<Problem>();

        var ports = ListenPorts.merge(List.of(first, second), problems, new ArrayList<>());

        assertThat(ports.protocols()).containsExactly(Map.entry(80, "HTTP"), Map.entry(443, "HTTPS"));
        assertThat(ports.listensOn(first, 80)).isFalse();
        assertThat(ports.listensOn(second, 80)).isTrue();
        assertThat(problems)
                .containsExactly(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[1].annotations",
                        "conflicting protocol, default/a: HTTPS | default/b: HTTP"));
    }
}
