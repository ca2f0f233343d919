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

    private final Map<Integer, List<String>> certificates = new HashMap<>();
    private final Map<Integer, String> policies = new HashMap<>();
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
        return tls;
    }

    private void merge(int port, List<GroupedIngress> members, ListenPorts ports, List<Problem> problems) {
        var merged = new LinkedHashSet<String>();
        String policy = null;
        GroupedIngress policyOwner = null;
        for (GroupedIngress member : members) {
            if (!ports.listensOn(member, port)) {
                continue;
            }
            merged.addAll(certificateArns(member));
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
