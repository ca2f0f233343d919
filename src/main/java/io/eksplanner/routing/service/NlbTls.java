package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The AWS Load Balancer Controller's TLS listeners of an NLB (src/docs/reference/aws-load-balancers.md §3.1):
 * {@code aws-load-balancer-ssl-cert} makes every TCP port in {@code aws-load-balancer-ssl-ports} (all of them when it
 * is absent) a TLS listener with those certificates and {@code aws-load-balancer-ssl-negotiation-policy}, else
 * {@value #DEFAULT_POLICY}; an ssl-ports entry that names no port fails the model (aws-load-balancer-controller
 * v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/service/model_build_listener.go}, {@code
 * buildListenerSpec}, {@code buildTLSPortsSet}, {@code validateTLSPortsSet}, {@code buildSSLNegotiationPolicy}). An
 * {@code aws-load-balancer-alpn-policy} that is not one of the five policies, compared exactly, fails the model as
 * soon as a listener is TLS ({@code buildListenerALPNPolicy}); without a TLS listener it is never read. A port that
 * {@code aws-load-balancer-quic-enabled-ports} names (by name or number) turns a UDP listener into QUIC and a TCP_UDP
 * one into TCP_QUIC, with a target group of that protocol; on any other listener it fails the model ({@code
 * buildListenerSpec}, {@code buildQUICPortsSet}).
 */
final class NlbTls implements TlsListeners {

    static final String DEFAULT_POLICY = "ELBSecurityPolicy-2016-08";

    private static final String ALPN = "aws-load-balancer-alpn-policy";
    private static final String QUIC = "aws-load-balancer-quic-enabled-ports";
    private static final Set<String> ALPN_POLICIES =
            Set.of("None", "HTTP1Only", "HTTP2Only", "HTTP2Optional", "HTTP2Preferred");

    private final List<String> certificates;
    private final List<String> tlsPorts;
    private final String policy;
    private final Annotations annotations;

    private NlbTls(List<String> certificates, List<String> tlsPorts, String policy, Annotations annotations) {
        this.certificates = certificates;
        this.tlsPorts = tlsPorts;
        this.policy = policy;
        this.annotations = annotations;
    }

    /**
     * The Service's TLS settings.
     *
     * @throws Annotations.InvalidAnnotation when ssl-ports names a port the Service does not have
     */
    static NlbTls of(Annotations annotations, List<ServicePort> ports) {
        var tlsPorts = split(annotations.get("aws-load-balancer-ssl-ports"));
        var unused = tlsPorts.stream()
                .filter(entry -> ports.stream()
                        .noneMatch(port -> entry.equals(port.name()) || entry.equals(String.valueOf(port.port()))))
                .toList();
        if (!unused.isEmpty()) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("aws-load-balancer-ssl-ports"),
                    "Unused port in ssl-ports annotation [" + String.join(" ", unused) + "]");
        }
        return new NlbTls(
                split(annotations.get("aws-load-balancer-ssl-cert")),
                tlsPorts,
                annotations.getOrDefault("aws-load-balancer-ssl-negotiation-policy", DEFAULT_POLICY),
                annotations);
    }

    /**
     * The port's listener: TLS with the certificates when it qualifies, else {@code protocol} plain.
     *
     * @throws Annotations.InvalidAnnotation when the listener is TLS and the ALPN policy is none the controller knows, or
     *     QUIC is asked of a listener that is neither UDP nor TCP_UDP
     */
    @Override
    public Listener listener(ServicePort port, String protocol) {
        // UDP and TCP_UDP listeners never take TLS (buildListenerSpec).
        boolean tls = !protocol.equals("UDP")
                && !protocol.equals("TCP_UDP")
                && !certificates.isEmpty()
                && (tlsPorts.isEmpty()
                        || tlsPorts.contains(port.name())
                        || tlsPorts.contains(String.valueOf(port.port())));
        var quic = split(annotations.get(QUIC));
        if (quic.contains(port.name()) || quic.contains(String.valueOf(port.port()))) {
            // buildListenerSpec upgrades UDP to QUIC and TCP_UDP to TCP_QUIC, and refuses any other protocol.
            var listenerProtocol = tls ? "TLS" : protocol;
            return switch (listenerProtocol) {
                case "UDP" -> new Listener("QUIC", port.port());
                case "TCP_UDP" -> new Listener("TCP_QUIC", port.port());
                default ->
                    throw new Annotations.InvalidAnnotation(
                            annotations.key(QUIC), "Unsupported QUIC upgrade for protocol " + listenerProtocol);
            };
        }
        if (!tls) {
            return new Listener(protocol, port.port());
        }
        var alpn = annotations.get(ALPN);
        if (alpn != null && !ALPN_POLICIES.contains(alpn)) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(ALPN),
                    "invalid ALPN policy " + alpn
                            + ", policy must be one of [None, HTTP1Only, HTTP2Only, HTTP2Optional, HTTP2Preferred]");
        }
        return new Listener("TLS", port.port(), null, certificates, policy);
    }

    private static List<String> split(String raw) {
        var parts = new ArrayList<String>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }
}
