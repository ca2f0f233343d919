package io.eksplanner.routing.gateway;

import io.eksplanner.routing.ForwardShares;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.gateway.GatewayListeners.CheckedListener;
import io.eksplanner.routing.gateway.RouteBackends.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ELB listeners of one Gateway and, for an ALB, their rules (aws-load-balancer-controller v3.5.0, {@code
 * pkg/gateway/model/model_build_listener.go}): one listener per port that has a valid Gateway listener and an attached
 * route ({@code buildListeners}), its protocol merged over the port's listeners ({@code mapGatewayListenerConfigsByPort}:
 * TLS Passthrough as TCP, TCP with UDP as TCP_UDP, QUIC when the listener configuration enables it, {@code
 * buildListenerSpec}), its certificates ({@code buildCertificates}) and SSL policy ({@code buildSSLPolicy}); an ALB
 * port's rules in the controller's order from priority 1 behind a default {@code fixed-response 404}, an NLB port's
 * forward to one route's backends ({@code pickOneL4Route}, {@code buildL4TargetGroupTuples}).
 */
final class ElbListeners {

    static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";

    private final LoadBalancerType type;
    private final GatewayConfiguration config;
    private final String gatewayKey;
    private final GatewayTargetGroups targetGroups;
    private final List<Problem> problems;
    private final List<Listener> listeners = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<List<WeightedTargetGroup>> listenerForwards = new ArrayList<>();

    ElbListeners(
            LoadBalancerType type,
            GatewayConfiguration config,
            String gatewayKey,
            GatewayTargetGroups targetGroups,
            List<Problem> problems) {
        this.type = type;
        this.config = config;
        this.gatewayKey = gatewayKey;
        this.targetGroups = targetGroups;
        this.problems = problems;
    }

    List<Listener> listeners() {
        return listeners;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The forwards of the NLB listeners and the ALB rules, to weigh the target groups with. */
    ForwardShares forwards() {
        var forwards = new ForwardShares();
        listenerForwards.forEach(forwards::add);
        return forwards.addRules(rules);
    }

    /** Builds the listener of every port that has routes. */
    void build(
            List<CheckedListener> entries,
            RouteAttachment.Result attachment,
            Map<RouteRef, List<RouteBackends.Rule>> loaded)
            throws BuildFailed {
        for (var port : attachment.routesByPort().entrySet()) {
            var onPort = entries.stream()
                    .filter(entry -> entry.valid() && entry.listener().port() == port.getKey())
                    .toList();
            if (onPort.isEmpty()) {
                continue;
            }
            var hostnames = new LinkedHashMap<RouteRef, List<String>>();
            for (RouteRef route : port.getValue()) {
                var compatible = attachment.hostnames(route, port.getKey());
                hostnames.put(route, compatible.isEmpty() ? route.route().hostnames() : compatible);
            }
            String protocol = protocol(onPort);
            if (type == LoadBalancerType.ALB) {
                alb(port.getKey(), protocol, onPort, port.getValue(), hostnames, loaded);
            } else {
                nlb(port.getKey(), protocol, onPort, port.getValue(), loaded);
            }
        }
    }

    private void alb(
            int port,
            String protocol,
            List<CheckedListener> onPort,
            List<RouteRef> routes,
            Map<RouteRef, List<String>> hostnames,
            Map<RouteRef, List<RouteBackends.Rule>> loaded)
            throws BuildFailed {
        var tls = tls(port, protocol, onPort, hostnames);
        listeners.add(new Listener(protocol, port, "fixed-response 404", tls.certificates(), tls.sslPolicy()));
        var portRules = routes.stream()
                .flatMap(route -> loaded.getOrDefault(route, List.of()).stream())
                .toList();
        var builder = new AlbRuleBuilder(targetGroups);
        int priority = 1;
        for (RuleOrder.RuleMatch entry : RuleOrder.sorted(portRules, hostnames)) {
            rules.add(builder.build(port, priority++, protocol, entry));
        }
    }

    private void nlb(
            int port,
            String protocol,
            List<CheckedListener> onPort,
            List<RouteRef> routes,
            Map<RouteRef, List<RouteBackends.Rule>> loaded)
            throws BuildFailed {
        var chosen = routes.stream()
                .min(Comparator.comparing(route -> route.route().key()))
                .orElseThrow();
        var readable = new ArrayList<String>();
        var weighted = new ArrayList<WeightedTargetGroup>();
        // QUIC listeners take no weights (buildL4TargetGroupTuples).
        boolean quic = protocol.equals("QUIC") || protocol.equals("TCP_QUIC");
        boolean anyWeight = false;
        for (RouteBackends.Rule rule : loaded.getOrDefault(chosen, List.of())) {
            for (Backend backend : rule.backends()) {
                var name = targetGroups.of(chosen, backend, protocol);
                readable.add(name + " weight " + backend.weight());
                weighted.add(new WeightedTargetGroup(name, quic ? null : backend.weight()));
                anyWeight |= backend.weight() > 0;
            }
        }
        if (!anyWeight) {
            return;
        }
        listenerForwards.add(weighted);
        var tls = protocol.equals("TLS") ? tls(port, protocol, onPort, Map.of()) : new Tls(null, null);
        listeners.add(new Listener(
                protocol, port, "forward " + String.join(", ", readable), tls.certificates(), tls.sslPolicy()));
    }

    /** The port's ELB protocol over its listeners ({@code mapGatewayListenerConfigsByPort}, {@code buildListenerSpec}). */
    private String protocol(List<CheckedListener> onPort) throws BuildFailed {
        var protocols = new LinkedHashSet<String>();
        for (CheckedListener entry : onPort) {
            var listener = entry.listener();
            boolean passthrough = "TLS".equals(listener.protocol()) && "Passthrough".equals(listener.tlsMode());
            protocols.add(passthrough ? "TCP" : listener.protocol());
        }
        String protocol = protocols.size() == 1
                ? protocols.iterator().next()
                : protocols.equals(new LinkedHashSet<>(List.of("TCP", "UDP")))
                                || protocols.equals(new LinkedHashSet<>(List.of("UDP", "TCP")))
                        ? "TCP_UDP"
                        : null;
        if (protocol == null) {
            throw new BuildFailed(
                    onPort.get(0).path() + ".protocol",
                    "invalid listeners on gateway, listeners with same ports cannot have different protocols");
        }
        var configured = config.listener(protocol, onPort.get(0).listener().port());
        if (configured != null && Boolean.TRUE.equals(configured.quicEnabled())) {
            return switch (protocol) {
                case "UDP" -> "QUIC";
                case "TCP_UDP" -> "TCP_QUIC";
                default ->
                    throw new BuildFailed(
                            onPort.get(0).path() + ".protocol",
                            "QUIC protocol upgrade not supported for protocol " + protocol);
            };
        }
        return protocol;
    }

    /** A secure listener's certificates and SSL policy; none for a plain one. */
    private record Tls(List<String> certificates, String sslPolicy) {}

    private Tls tls(int port, String protocol, List<CheckedListener> onPort, Map<RouteRef, List<String>> hostnames)
            throws BuildFailed {
        if (!protocol.equals("HTTPS") && !protocol.equals("TLS")) {
            return new Tls(null, null);
        }
        var configured = config.listener(protocol, port);
        var certificates = new ArrayList<String>();
        if (configured != null) {
            if (configured.defaultCertificate() != null) {
                certificates.add(configured.defaultCertificate());
            }
            certificates.addAll(configured.certificates());
        }
        if (certificates.isEmpty()) {
            var names = new TreeSet<String>();
            onPort.stream()
                    .map(entry -> entry.listener().hostname())
                    .filter(java.util.Objects::nonNull)
                    .forEach(names::add);
            hostnames.values().forEach(names::addAll);
            if (names.isEmpty()) {
                throw new BuildFailed(
                        onPort.get(0).path(),
                        "No hostnames found for TLS cert discovery for listener on gateway " + gatewayKey
                                + " with protocol:port " + protocol + ":" + port);
            }
            names.forEach(name -> certificates.add("acm-discovery:" + name));
            problems.add(new Problem(
                    ProblemCode.ALB_CERTIFICATES_DISCOVERED,
                    onPort.get(0).path(),
                    "the " + protocol + ":" + port + " listener of Gateway " + gatewayKey
                            + " takes the ACM certificates the controller discovers for "
                            + names.stream().collect(Collectors.joining(", "))
                            + "; the plan assumes one is issued for each"));
        }
        String policy =
                configured != null && configured.sslPolicy() != null ? configured.sslPolicy() : DEFAULT_SSL_POLICY;
        return new Tls(certificates, policy);
    }
}
