package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An ALB's TLS settings per listen port, as aws-load-balancer-controller v3.5.0 (commit
 * 5982613953df58f3227301b7121abde6abaa2c20) merges them over the group (src/docs/reference/aws-load-balancers.md
 * §8.3): an HTTPS port's certificates from the members' {@code certificate-arn} (the first member's first ARN the
 * default, the rest once each) and its SSL policy from {@code ssl-policy}, else the default {@value #DEFAULT_POLICY}
 * ({@code pkg/ingress/model_builder.go}, {@code mergeListenPortConfigs}); and the group's {@code ssl-redirect} port,
 * which must be one HTTPS listener ({@code buildSSLRedirectConfig}).
 */
final class ListenerTls {

    /** The controller's {@code --default-ssl-policy} ({@code pkg/config/controller_config.go}). */
    static final String DEFAULT_POLICY = "ELBSecurityPolicy-2016-08";

    /** The prefix of a certificate the plan assumes ACM discovery finds for the host that follows. */
    static final String DISCOVERED = "acm-discovery:";

    private final Map<Integer, List<String>> certificates = new HashMap<>();
    private final Map<Integer, String> policies = new HashMap<>();
    private final List<Problem> notes = new ArrayList<>();
    private Integer redirectPort;

    private ListenerTls() {}

    /**
     * The member's certificate ARNs: its IngressClassParams' {@code certificateArn} when set, else its {@code
     * certificate-arn} annotation split on commas, blanks dropped.
     */
    static List<String> certificateArns(GroupedIngress member) {
        var fromClass = ClassParameters.certificateArns(member);
        if (fromClass != null) {
            return fromClass;
        }
        var raw = member.annotation("certificate-arn");
        var arns = new ArrayList<String>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    arns.add(part.strip());
                }
            }
        }
        return arns;
    }

    /** The TLS settings of the ordered {@code members} on {@code ports}; each error adds a problem. */
    static ListenerTls of(List<GroupedIngress> members, ListenPorts ports, List<Problem> problems) {
        var tls = new ListenerTls();
        for (var entry : ports.protocols().entrySet()) {
            if (entry.getValue().equals("HTTPS")) {
                tls.merge(entry.getKey(), members, ports, problems);
            }
        }
        tls.redirect(members, ports, problems);
        members.stream()
                .filter(member -> !member.ingress().tls().isEmpty())
                .filter(member -> ListenPorts.parse(member, new ArrayList<>()).values().stream()
                        .noneMatch("HTTPS"::equals))
                .forEach(member -> tls.notes.add(new Problem(
                        ProblemCode.INGRESS_TLS_IGNORED,
                        "ingresses[" + member.index() + "].tls",
                        "Ingress " + member.key() + " has a tls section but no HTTPS listen port: the controller"
                                + " reads tls hosts only to discover certificates for an HTTPS port that listen-ports"
                                + " names, so the ALB listens on plain HTTP")));
        return tls;
    }

    /**
     * The hosts whose ACM certificates the controller discovers for a member without explicit certificates: its rules'
     * hosts and its tls hosts, each once, sorted ({@code pkg/ingress/model_build_listener.go}, {@code
     * computeIngressInferredTLSCertARNs}).
     */
    static List<String> discoveryHosts(GroupedIngress member) {
        var hosts = new TreeSet<String>();
        member.ingress().rules().stream()
                .map(rule -> rule.host())
                .filter(host -> host != null && !host.isEmpty())
                .forEach(hosts::add);
        member.ingress().tls().forEach(entry -> hosts.addAll(entry.hosts()));
        return List.copyOf(hosts);
    }

    /** What the plan assumes or the controller ignores, for validation to report; no build failure. */
    List<Problem> notes() {
        return notes;
    }

    /**
     * A member's certificates on an HTTPS port: its {@code certificate-arn}, else one {@value #DISCOVERED} entry per
     * host whose certificate the controller discovers in ACM, which an offline plan assumes it finds.
     */
    private List<String> memberCertificates(GroupedIngress member) {
        var explicit = certificateArns(member);
        if (!explicit.isEmpty()) {
            return explicit;
        }
        var hosts = discoveryHosts(member);
        if (!hosts.isEmpty()) {
            var note = new Problem(
                    ProblemCode.ALB_CERTIFICATES_DISCOVERED,
                    member.ingress().tls().isEmpty()
                            ? "ingresses[" + member.index() + "].rules"
                            : "ingresses[" + member.index() + "].tls",
                    "Ingress " + member.key() + " names no certificate-arn: the controller looks up ACM certificates"
                            + " for " + String.join(", ", hosts) + "; the plan assumes one is found for each host (if"
                            + " not, the controller fails the group: no certificate found for host)");
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
        return hosts.stream().map(host -> DISCOVERED + host).toList();
    }

    private void merge(int port, List<GroupedIngress> members, ListenPorts ports, List<Problem> problems) {
        var merged = new LinkedHashSet<String>();
        String policy = null;
        GroupedIngress policyOwner = null;
        for (GroupedIngress member : members) {
            if (!ports.listensOn(member, port)) {
                continue;
            }
            merged.addAll(memberCertificates(member));
            var memberPolicy = ClassParameters.sslPolicy(member);
            if (memberPolicy == null) {
                continue;
            }
            if (policy == null) {
                policy = memberPolicy;
                policyOwner = member;
            } else if (!policy.equals(memberPolicy)) {
                problems.add(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        member.annotationsPath(),
                        "conflicting sslPolicy, " + policyOwner.key() + ": " + policy + " | " + member.key() + ": "
                                + memberPolicy));
            }
        }
        certificates.put(port, List.copyOf(merged));
        policies.put(port, policy == null ? DEFAULT_POLICY : policy);
    }

    private void redirect(List<GroupedIngress> members, ListenPorts ports, List<Problem> problems) {
        var explicit = new TreeSet<Integer>();
        GroupedIngress first = null;
        for (GroupedIngress member : members) {
            var fromClass = ClassParameters.sslRedirectPort(member);
            if (fromClass != null) {
                // IngressClassParams sslRedirectPort wins; one that is no int32 ends the whole group's redirect
                // silently (buildSSLRedirectConfig returns nil, nil).
                if (!fromClass.matches("[+-]?[0-9]{1,10}")
                        || Long.parseLong(fromClass) != (int) Long.parseLong(fromClass)) {
                    return;
                }
                explicit.add(Integer.parseInt(fromClass));
                first = first == null ? member : first;
                continue;
            }
            try {
                var value = member.annotations().intValue("ssl-redirect", Integer.MIN_VALUE);
                if (value != Integer.MIN_VALUE) {
                    explicit.add(value);
                    first = first == null ? member : first;
                }
            } catch (Annotations.InvalidAnnotation invalid) {
                problems.add(BuildFailures.failed(member.annotationsPath(), invalid.getMessage()));
            }
        }
        if (explicit.isEmpty()) {
            return;
        }
        if (explicit.size() > 1) {
            var list = String.join(" ", explicit.stream().map(String::valueOf).toList());
            problems.add(new Problem(
                    ProblemCode.INGRESS_GROUP_CONFLICT,
                    first.annotationsPath(),
                    "conflicting sslRedirect port: [" + list + "]"));
            return;
        }
        int port = explicit.first();
        var protocol = ports.protocols().get(port);
        if (protocol == null) {
            problems.add(BuildFailures.failed(
                    first.annotationsPath(), "listener does not exist for SSLRedirect port: " + port));
        } else if (!protocol.equals("HTTPS")) {
            problems.add(BuildFailures.failed(
                    first.annotationsPath(), "listener protocol non-SSL for SSLRedirect port: " + port));
        } else {
            redirectPort = port;
        }
    }

    /** The HTTPS port HTTP listeners redirect to with a 301 and no rules, or null. */
    Integer redirectPort() {
        return redirectPort;
    }

    /** The certificates of {@code port}, or null when it is no HTTPS port. */
    List<String> certificates(int port) {
        return certificates.get(port);
    }

    /** The SSL policy of {@code port}, or null when it is no HTTPS port. */
    String sslPolicy(int port) {
        return policies.get(port);
    }
}
