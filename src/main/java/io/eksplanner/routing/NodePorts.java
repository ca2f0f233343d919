package io.eksplanner.routing;

import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NodePorts the apiserver would hand out from its range, 30000–32767 (src/docs/reference/aws-load-balancers.md
 * §10.1): the NodePorts the topology gives are reserved first; then, Service by Service in topology order (the order
 * they are created in), every port of a NodePort or LoadBalancer Service left without one takes the lowest free port
 * (ports of one Service that share a port number share one NodePort), and a LoadBalancer Service with {@code
 * externalTrafficPolicy: Local} takes its health-check NodePort. A LoadBalancer Service with {@code
 * allocateLoadBalancerNodePorts: false} takes no new port: a port without a NodePort keeps none (0), even beside a
 * port of its number that gives one. A Service that finds the range full is not created: what it took is given back,
 * and it gets no NodePort and no load balancer.
 */
final class NodePorts {

    static final int NODE_PORT_MIN = 30000;
    static final int NODE_PORT_MAX = 32767;

    /** A Service the apiserver refuses because the range is full: its key, index and the port that found none. */
    record Refusal(String service, int serviceIndex, String path) {}

    /** A port of a Service, by the Service's {@code namespace/name} and the port's index. */
    private record PortOfService(String service, int portIndex) {}

    private final BitSet used = new BitSet(NODE_PORT_MAX + 1);
    private final Map<PortOfService, Integer> allocated = new HashMap<>();
    private final Map<String, Integer> healthCheckAllocated = new HashMap<>();
    private final Set<String> refused = new HashSet<>();
    private Refusal firstRefusal;

    private NodePorts() {}

    /** Allocates the NodePorts of {@code services}; a later Service of the same name takes the earlier's look-up. */
    static NodePorts allocate(List<Service> services) {
        var nodePorts = new NodePorts();
        services.forEach(nodePorts::reserveGiven);
        for (int index = 0; index < services.size(); index++) {
            var service = services.get(index);
            if (service.type() == ServiceType.NodePort || service.type() == ServiceType.LoadBalancer) {
                nodePorts.create(index, service);
            }
        }
        return nodePorts;
    }

    private void reserveGiven(Service service) {
        for (ServicePort port : service.ports()) {
            if (port.nodePort() != null) {
                used.set(port.nodePort());
            }
        }
        if (service.healthCheckNodePort() != null) {
            used.set(service.healthCheckNodePort());
        }
    }

    /** One Service's allocation, all or nothing, as the apiserver's create is. */
    private void create(int index, Service service) {
        var key = RoutingContext.key(service);
        var taken = new ArrayList<Integer>();
        var byPortNumber = new HashMap<Integer, Integer>();
        var mine = new HashMap<PortOfService, Integer>();
        String fullAt = null;
        // A port without a NodePort takes one a later port of the same number asks for (allocNodePorts).
        for (ServicePort port : service.ports()) {
            if (port.nodePort() != null) {
                byPortNumber.putIfAbsent(port.port(), port.nodePort());
            }
        }
        for (int p = 0; p < service.ports().size() && fullAt == null; p++) {
            var port = service.ports().get(p);
            if (port.nodePort() != null || !allocates(service)) {
                // allocateLoadBalancerNodePorts: false leaves a port without one at 0, even beside a port of the
                // same number that gives one (initNodePorts skips it before looking).
                continue;
            }
            Integer nodePort = byPortNumber.get(port.port());
            if (nodePort == null) {
                nodePort = take();
                if (nodePort == null) {
                    fullAt = "services[" + index + "].ports[" + p + "].nodePort";
                    continue;
                }
                taken.add(nodePort);
                byPortNumber.put(port.port(), nodePort);
            }
            mine.put(new PortOfService(key, p), nodePort);
        }
        Integer healthCheck = null;
        if (fullAt == null
                && service.type() == ServiceType.LoadBalancer
                && service.externalTrafficPolicy() == ExternalTrafficPolicy.Local
                && service.healthCheckNodePort() == null) {
            healthCheck = take();
            fullAt = healthCheck == null ? "services[" + index + "].healthCheckNodePort" : null;
        }
        if (fullAt != null) {
            taken.forEach(used::clear);
            refused.add(key);
            if (firstRefusal == null) {
                firstRefusal = new Refusal(key, index, fullAt);
            }
            return;
        }
        allocated.putAll(mine);
        if (healthCheck != null) {
            healthCheckAllocated.put(key, healthCheck);
        }
    }

    /**
     * Whether the apiserver allocates a NodePort to a port that gives none: always for a NodePort Service, for a
     * LoadBalancer Service unless {@code allocateLoadBalancerNodePorts} is false (null is Kubernetes' default, true)
     * (kubernetes/kubernetes {@code pkg/registry/core/service/storage/alloc.go}, {@code shouldAllocateNodePorts}).
     */
    private static boolean allocates(Service service) {
        return service.type() == ServiceType.NodePort
                || (service.type() == ServiceType.LoadBalancer
                        && !Boolean.FALSE.equals(service.allocateLoadBalancerNodePorts()));
    }

    /** The lowest free NodePort, taken; null when the range is full. */
    private Integer take() {
        int next = used.nextClearBit(NODE_PORT_MIN);
        if (next > NODE_PORT_MAX) {
            return null;
        }
        used.set(next);
        return next;
    }

    /** The NodePort of the Service's port {@code portIndex}: the one given, else the one allocated, else 0. */
    int nodePort(Service service, int portIndex) {
        var given = service.ports().get(portIndex).nodePort();
        return given != null
                ? given
                : allocated.getOrDefault(new PortOfService(RoutingContext.key(service), portIndex), 0);
    }

    /** The Service's health-check NodePort: the one given, else the one allocated, else null. */
    Integer healthCheckNodePort(Service service) {
        return service.healthCheckNodePort() != null
                ? service.healthCheckNodePort()
                : healthCheckAllocated.get(RoutingContext.key(service));
    }

    /** Whether the apiserver refuses to create the Service because the range holds no NodePort it needs. */
    boolean refused(Service service) {
        return !refused.isEmpty() && refused.contains(RoutingContext.key(service));
    }

    /** The first Service refused for a full range, or null. */
    Refusal firstRefusal() {
        return firstRefusal;
    }

    /** How many Services were refused for a full range. */
    int refusedCount() {
        return refused.size();
    }

    /**
     * What the range's exhaustion means for the cluster, naming the first Service refused (of either type) and the
     * port or health-check NodePort that found no port; null when every Service got its NodePorts.
     */
    LoadBalancerPlan.Problem exhaustion() {
        if (firstRefusal == null) {
            return null;
        }
        int others = refused.size() - 1;
        return new LoadBalancerPlan.Problem(
                ProblemCode.NODEPORT_RANGE_EXHAUSTED,
                firstRefusal.path(),
                "the NodePort range " + NODE_PORT_MIN + "-" + NODE_PORT_MAX + " (" + (NODE_PORT_MAX - NODE_PORT_MIN + 1)
                        + " ports) is full when Service " + firstRefusal.service() + " is created: the apiserver"
                        + " refuses it (\"failed to allocate a nodePort: range is full\")"
                        + (others > 0 ? ", and " + others + " later Service(s) too" : "")
                        + "; a refused Service gets no load balancer");
    }
}
