package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy cloud provider's TLS listeners (src/docs/reference/aws-load-balancers.md §11), as cloud-provider-aws
 * (commit 63ec440c3275321b55afa45480e2fdfd2b0e93c4, {@code pkg/providers/v1/aws.go}) builds them. On a CLB ({@code
 * buildListener}) a port that {@code aws-load-balancer-ssl-ports} selects (all ports when it is absent or {@code *};
 * entries split on commas, not trimmed: a number as Go's {@code strconv.Atoi} reads it, else a port name, lower-cased on a CLB, {@code getPortSets}) listens with
 * {@code aws-load-balancer-ssl-cert}: SSL to TCP by default, or per {@code aws-load-balancer-backend-protocol} {@code
 * https}/{@code http} → HTTPS and {@code ssl}/{@code tcp} → SSL, any other value an error; an unselected port is HTTP
 * when the backend protocol is exactly {@code http}, else TCP. On an NLB ({@code ensureLoadBalancer}) a selected
 * non-UDP port becomes TLS. The SSL policy is {@code aws-load-balancer-ssl-negotiation-policy}, else none is set and
 * AWS applies its own default.
 */
final class LegacyTls implements TlsListeners {

    private static final String CERT = "aws-load-balancer-ssl-cert";
    private static final String PORTS = "aws-load-balancer-ssl-ports";
    private static final String BACKEND = "aws-load-balancer-backend-protocol";
    private static final Map<String, String> FRONTEND_BY_BACKEND =
            Map.of("https", "HTTPS", "http", "HTTPS", "ssl", "SSL", "tcp", "SSL");

    private final Annotations annotations;
    private final LoadBalancerType type;
    private final String certificate;
    private final List<String> selected;

    private LegacyTls(Annotations annotations, LoadBalancerType type) {
        this.annotations = annotations;
        this.type = type;
        this.certificate = annotations.getOrDefault(CERT, "");
        var ports = annotations.getOrDefault(PORTS, "");
        this.selected = ports.isEmpty() || ports.equals("*") ? null : List.of(ports.split(",", -1));
    }

    /**
     * The Service's legacy TLS listeners.
     *
     * @throws Annotations.InvalidAnnotation when a CLB port takes the certificate and the backend protocol is none
     *     the provider maps: it fails the load balancer
     */
    static LegacyTls of(Annotations annotations, LoadBalancerType type, List<ServicePort> ports) {
        var tls = new LegacyTls(annotations, type);
        var backend = annotations.getOrDefault(BACKEND, "");
        if (type == LoadBalancerType.CLB
                && !backend.isEmpty()
                && !FRONTEND_BY_BACKEND.containsKey(backend)
                && ports.stream().anyMatch(tls::takesCertificate)) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key(BACKEND),
                    "Invalid backend protocol " + backend + " for " + tls.certificate + " in "
                            + annotations.key(BACKEND));
        }
        return tls;
    }

    @Override
    public Listener listener(ServicePort port, String protocol) {
        var policy = annotations.get("aws-load-balancer-ssl-negotiation-policy");
        if (type == LoadBalancerType.NLB) {
            return !protocol.equals("UDP") && takesCertificate(port)
                    ? new Listener("TLS", port.port(), null, List.of(certificate), policy)
                    : new Listener(protocol, port.port());
        }
        var backend = annotations.getOrDefault(BACKEND, "");
        if (takesCertificate(port)) {
            var frontend = backend.isEmpty() ? "SSL" : FRONTEND_BY_BACKEND.get(backend);
            return new Listener(frontend, port.port(), null, List.of(certificate), policy);
        }
        return new Listener(backend.equals("http") ? "HTTP" : "TCP", port.port());
    }

    /** Whether the port gets the certificate: one is given and ssl-ports selects the port (or is absent). */
    private boolean takesCertificate(ServicePort port) {
        if (certificate.isEmpty()) {
            return false;
        }
        if (selected == null) {
            return true;
        }
        // The CLB matches the port's name lower-cased (buildListener); the NLB as written (ensureLoadBalancer).
        var name = port.name() == null ? "" : port.name();
        var matchedName = type == LoadBalancerType.CLB ? name.toLowerCase(Locale.ROOT) : name;
        for (String entry : selected) {
            boolean number = entry.matches("[+-]?[0-9]{1,10}");
            if (number ? Long.parseLong(entry) == port.port() : !name.isEmpty() && entry.equals(matchedName)) {
                return true;
            }
        }
        return false;
    }
}
