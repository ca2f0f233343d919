package io.eksplanner.routing;

import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.ServiceType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The NodePorts Kubernetes would hand out: every port of a NodePort or LoadBalancer Service left without one, and
 * the health-check NodePort of every LoadBalancer Service with {@code externalTrafficPolicy: Local}, lowest free
 * first from {@value #NODE_PORT_MIN}, in topology order, around the NodePorts the topology gives. The allocation
 * does not stop at the end of Kubernetes' range, 32767.
 */
final class NodePorts {

    static final int NODE_PORT_MIN = 30000;

    /** A port of a Service, by the Service's {@code namespace/name} and the port's index. */
    private record PortOfService(String service, int portIndex) {}

    private final Set<Integer> used = new TreeSet<>();
    private final Map<PortOfService, Integer> allocated = new HashMap<>();
    private final Map<String, Integer> healthCheckAllocated = new HashMap<>();
    private int next = NODE_PORT_MIN;

    private NodePorts() {}

    /** Allocates the NodePorts of {@code services}; a later Service of the same name takes the earlier's look-up. */
    static NodePorts allocate(List<Service> services) {
        var nodePorts = new NodePorts();
        services.forEach(nodePorts::reserveGiven);
        for (Service service : services) {
            if (service.type() == ServiceType.ClusterIP || service.type() == null) {
                continue;
            }
            for (int p = 0; p < service.ports().size(); p++) {
                if (service.ports().get(p).nodePort() == null) {
                    nodePorts.allocated.put(new PortOfService(RoutingContext.key(service), p), nodePorts.take());
                }
            }
            if (service.type() == ServiceType.LoadBalancer
                    && service.externalTrafficPolicy() == ExternalTrafficPolicy.Local
                    && service.healthCheckNodePort() == null) {
                nodePorts.healthCheckAllocated.put(RoutingContext.key(service), nodePorts.take());
            }
        }
        return nodePorts;
    }

    private void reserveGiven(Service service) {
        for (ServicePort port : service.ports()) {
            if (port.nodePort() != null) {
                used.add(port.nodePort());
            }
        }
        if (service.healthCheckNodePort() != null) {
            used.add(service.healthCheckNodePort());
        }
    }

    private int take() {
        while (used.contains(next)) {
            next++;
        }
        used.add(next);
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
}
