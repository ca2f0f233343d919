package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ports an IngressGroup's ALB listens on (src/docs/reference/aws-load-balancers.md §8.3): each member's {@code
 * listen-ports}, HTTP:80 by default, merged with one protocol per port and at most one default backend per port.
 */
final class ListenPorts {

    private static final Pattern LISTEN_PORT = Pattern.compile("\\{\\s*\"([A-Za-z]+)\"\\s*:\\s*(-?\\d+)\\s*}");
    private static final Pattern LISTEN_PORTS = Pattern.compile(
            "\\s*\\[\\s*(\\{\\s*\"[A-Za-z]+\"\\s*:\\s*-?\\d+\\s*}(\\s*,\\s*\\{\\s*\"[A-Za-z]+\"\\s*:\\s*-?\\d+\\s*})*)?\\s*]\\s*");

    private final Map<Integer, String> protocols = new TreeMap<>();
    private final Map<GroupedIngress, List<Integer>> portsOf = new HashMap<>();

    private ListenPorts() {}

    /**
     * The members' ports by number with their protocol; a malformed {@code listen-ports} adds to {@code reasons}, a
     * second protocol for a port or a second default backend on a port adds a problem.
     */
    static ListenPorts merge(List<GroupedIngress> members, List<Problem> problems, List<String> reasons) {
        var merged = new ListenPorts();
        var declaredBy = new TreeMap<Integer, GroupedIngress>();
        for (GroupedIngress member : members) {
            var memberReasons = new ArrayList<String>();
            var ports = parse(member, memberReasons);
            // A listen-ports value the controller refuses fails the group's model (LB_BUILD_FAILED on the member).
            memberReasons.forEach(reason -> problems.add(BuildFailures.failed(member.annotationsPath(), reason)));
            merged.portsOf.put(member, List.copyOf(ports.keySet()));
            for (var port : ports.entrySet()) {
                var known = merged.protocols.putIfAbsent(port.getKey(), port.getValue());
                if (known == null) {
                    declaredBy.put(port.getKey(), member);
                } else if (!known.equals(port.getValue())) {
                    problems.add(new Problem(
                            ProblemCode.INGRESS_GROUP_CONFLICT,
                            member.annotationsPath(),
                            "conflicting protocol, "
                                    + declaredBy.get(port.getKey()).key() + ": " + known + " | " + member.key() + ": "
                                    + port.getValue()));
                }
            }
        }
        merged.checkDefaultBackends(members, problems);
        return merged;
    }

    /** The ports in ascending order, each with its protocol ({@code HTTP} or {@code HTTPS}). */
    Map<Integer, String> protocols() {
        return protocols;
    }

    /** Whether {@code member}'s rules and default backend apply on {@code port}. */
    boolean listensOn(GroupedIngress member, int port) {
        return portsOf.get(member).contains(port);
    }

    private void checkDefaultBackends(List<GroupedIngress> members, List<Problem> problems) {
        for (int port : protocols.keySet()) {
            var withDefault = members.stream()
                    .filter(member -> member.ingress().defaultBackend() != null)
                    .filter(member -> listensOn(member, port))
                    .toList();
            if (withDefault.size() > 1) {
                problems.add(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[" + withDefault.get(1).index() + "].defaultBackend",
                        "multiple ingress defined default backend: ["
                                + withDefault.stream().map(GroupedIngress::key).collect(Collectors.joining(" "))
                                + "] on port " + port));
            }
        }
    }

    /** The member's listen ports (protocol by port), default HTTP:80; a malformed value adds a reason. */
    static Map<Integer, String> parse(GroupedIngress member, List<String> reasons) {
        var raw = member.annotation("listen-ports");
        var ports = new LinkedHashMap<Integer, String>();
        if (raw == null) {
            // Explicit certificates make the default HTTPS:443 (pkg/ingress/model_build_listener.go,
            // computeIngressListenPorts, preferTLS).
            if (ListenerTls.certificateArns(member).isEmpty()) {
                ports.put(80, "HTTP");
            } else {
                ports.put(443, "HTTPS");
            }
            return ports;
        }
        if (!LISTEN_PORTS.matcher(raw).matches()) {
            reasons.add("failed to parse listen-ports of Ingress " + member.key() + ": " + raw);
            return ports;
        }
        var matcher = LISTEN_PORT.matcher(raw);
        while (matcher.find()) {
            // Case-sensitive, the port checked first (aws-load-balancer-controller v3.5.0, commit
            // 5982613953df58f3227301b7121abde6abaa2c20, pkg/ingress/model_build_listener.go, parseListenPorts).
            var protocol = matcher.group(1);
            int port = Integer.parseInt(matcher.group(2));
            if (port < 1 || port > 65535) {
                reasons.add(
                        "listen-ports of Ingress " + member.key() + ": listen port must be within [1, 65535]: " + port);
            } else if (!protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
                reasons.add("listen-ports of Ingress " + member.key()
                        + ": listen protocol must be within [HTTP, HTTPS]: " + protocol);
            } else {
                ports.put(port, protocol);
            }
        }
        if (ports.isEmpty() && reasons.isEmpty()) {
            reasons.add("listen-ports of Ingress " + member.key() + " is empty");
        }
        return ports;
    }
}
