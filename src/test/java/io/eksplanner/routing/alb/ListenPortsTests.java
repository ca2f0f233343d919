package io.eksplanner.routing.alb;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the controller reads {@code listen-ports} and merges a group's ports. */
class ListenPortsTests {

    static GroupedIngress member(int index, String name, String listenPorts) {
        var annotations = listenPorts == null
                ? Map.<String, String>of()
                : Map.of("alb.ingress.kubernetes.io/listen-ports", listenPorts);
        var ingress = new Ingress(name, "default", null, annotations, List.of(), null);
        return new GroupedIngress(index, ingress, null, null, "group.shop", 0, null);
    }

    static List<String> reasons(String listenPorts) {
        var reasons = new ArrayList<String>();
        ListenPorts.parse(member(0, "web", listenPorts), reasons);
        return reasons;
    }

    @Test
    void listensOnHttp80ByDefaultAndReadsTheProtocolsInAnyCase() {
        var reasons = new ArrayList<String>();

        assertThat(ListenPorts.parse(member(0, "web", null), reasons)).containsExactly(Map.entry(80, "HTTP"));
        assertThat(ListenPorts.parse(member(0, "web", "[{\"https\": 443}, {\"HTTP\":8080}]"), reasons))
                .containsExactly(Map.entry(443, "HTTPS"), Map.entry(8080, "HTTP"));
        assertThat(reasons).isEmpty();
    }

    @Test
    void givesTheControllersReasonForAMalformedValue() {
        assertThat(reasons("80")).containsExactly("failed to parse listen-ports of Ingress default/web: 80");
        assertThat(reasons("[]")).containsExactly("listen-ports of Ingress default/web is empty");
        assertThat(reasons("[{\"TCP\": 443}, {\"HTTP\": 0}]"))
                .containsExactly(
                        "listen-ports of Ingress default/web: unknown protocol TCP",
                        "listen-ports of Ingress default/web: listen port must be within [1, 65535]");
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
