package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The listeners of the AWS Load Balancer Controller's NLB, one per Service port number, as aws-load-balancer-controller
 * v3.5.0 (commit 5982613953df58f3227301b7121abde6abaa2c20) builds them in {@code pkg/service/model_build_listener.go}
 * (src/docs/reference/aws-load-balancers.md §2, Corrections 10). Without TCP_UDP listeners ({@code
 * buildListenersLegacy}: gate {@code EnableTCPUDPListener} off by default, {@code pkg/config/feature_gates.go}) a
 * second port with the same number gets no listener and no target group of its own: its listener and target group
 * take the resource ids of the first ({@code buildListener}'s id is the port number, {@code
 * buildTargetGroupResourceID} {@code <ns>/<svc>:<port>}), and the stack refuses the duplicate listener silently
 * ({@code NewListener} ignores {@code AddResource}'s error). With {@code aws-load-balancer-enable-tcp-udp-listener}
 * true ({@code shouldUseTCPUDP}; a value that is no Go bool is ignored), a TCP and a UDP port of one number merge into
 * one {@code TCP_UDP} listener and target group; anything else on one number fails the model ({@code
 * validateMultiProtocolUsage}).
 */
final class NlbPorts {

    private static final String TCP_UDP_ANNOTATION = "aws-load-balancer-enable-tcp-udp-listener";
    private static final Set<String> MERGEABLE = Set.of("TCP", "UDP");

    private NlbPorts() {}

    /** A listener of the NLB: the Service port it comes from, that port's index, and the listener's protocol. */
    record NlbPort(ServicePort port, int portIndex, String protocol) {}

    /** The controller refuses to merge the ports of one number. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The NLB's listeners in port order; each port dropped for sharing a number adds a problem on {@code path}.
     *
     * @throws Refused when TCP_UDP is on and one number holds ports that do not merge
     */
    static List<NlbPort> of(LoadBalancerService loadBalancer, String path, List<Problem> problems) {
        var ports = loadBalancer.service().ports();
        var byNumber = new LinkedHashMap<Integer, List<Integer>>();
        for (int index = 0; index < ports.size(); index++) {
            byNumber.computeIfAbsent(ports.get(index).port(), number -> new ArrayList<>())
                    .add(index);
        }
        boolean tcpUdp = tcpUdpEnabled(loadBalancer.annotations());
        var listeners = new ArrayList<NlbPort>();
        for (var indexes : byNumber.values()) {
            var first = ports.get(indexes.get(0));
            if (indexes.size() == 1) {
                listeners.add(new NlbPort(first, indexes.get(0), protocol(first)));
            } else if (tcpUdp) {
                validateMerge(indexes.stream().map(ports::get).toList());
                listeners.add(new NlbPort(first, indexes.get(0), "TCP_UDP"));
            } else {
                listeners.add(new NlbPort(first, indexes.get(0), protocol(first)));
                for (int dropped : indexes.subList(1, indexes.size())) {
                    problems.add(dropped(loadBalancer, path, first, ports.get(dropped)));
                }
            }
        }
        return listeners;
    }

    private static boolean tcpUdpEnabled(Annotations annotations) {
        try {
            var value = annotations.boolValue(TCP_UDP_ANNOTATION);
            return value != null && value;
        } catch (Annotations.InvalidAnnotation invalid) {
            // isTCPUDPEnabledForService drops the parse error and keeps the gate's default (off).
            return false;
        }
    }

    /** The controller's {@code validateMultiProtocolUsage}, in its words. */
    private static void validateMerge(List<ServicePort> ports) {
        if (ports.size() != 2) {
            throw new Refused("can only merge two ports, not " + ports.size());
        }
        for (ServicePort port : ports) {
            if (!MERGEABLE.contains(protocol(port))) {
                throw new Refused("unsupported protocol for merging: " + protocol(port));
            }
        }
        if (protocol(ports.get(0)).equals(protocol(ports.get(1)))) {
            throw new Refused("protocols can't match for merging: " + protocol(ports.get(0)));
        }
    }

    private static Problem dropped(LoadBalancerService loadBalancer, String path, ServicePort kept, ServicePort lost) {
        var service = loadBalancer.service();
        return new Problem(
                ProblemCode.NLB_PORT_DROPPED,
                path,
                "Service " + service.namespace() + "/" + service.name() + ": port " + lost.port() + "/"
                        + protocol(lost) + " gets no listener: the NLB listens on " + kept.port() + "/"
                        + protocol(kept) + " only, since TCP_UDP listeners are off (set "
                        + "service.beta.kubernetes.io/" + TCP_UDP_ANNOTATION + ": \"true\")");
    }

    /** A port's protocol as the NLB reads it: TCP when it names none. */
    static String protocol(ServicePort port) {
        return port.protocol() == null ? "TCP" : port.protocol().name();
    }
}
