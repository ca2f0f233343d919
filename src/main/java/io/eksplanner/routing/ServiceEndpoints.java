package io.eksplanner.routing;

import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods a Service sends to: the Running pods of the workloads in its namespace whose labels hold its whole
 * selector, ordered by IP then name, each with the workload whose container ports resolve a named target port.
 * Public because the service and alb packages register these pods as targets.
 */
public final class ServiceEndpoints {

    private final List<PodPlan> pods;
    private final Map<PodPlan, Workload> workloads;

    ServiceEndpoints(List<PodPlan> pods, IdentityHashMap<PodPlan, Workload> workloads) {
        this.pods = List.copyOf(pods);
        this.workloads = workloads;
    }

    /** The pods, by IP then name; one list for the Service, which the traffic model compares by identity. */
    public List<PodPlan> pods() {
        return pods;
    }

    /** The pod port a Service port targets: a number, a container port name resolved on the pod, or the port. */
    public int targetPort(ServicePort port, PodPlan pod) {
        var target = port.targetPort();
        if (target == null) {
            return port.port();
        }
        if (target.number() != null) {
            return target.number();
        }
        var workload = workloads.get(pod);
        return workload == null
                ? 0
                : workload.ports().stream()
                        .filter(containerPort -> target.name().equals(containerPort.name()))
                        .mapToInt(containerPort -> containerPort.containerPort())
                        .findFirst()
                        .orElse(0);
    }

    /**
     * The port of an ip target group: the Service port's numeric targetPort (the port itself when none is given), or
     * 1 for a named one, since that port is not on the data path and may differ per pod; targets register on each
     * pod's own port (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
     * pkg/ingress/model_build_target_group.go} and {@code pkg/service/model_build_target_group.go}, {@code
     * buildTargetGroupPort}).
     */
    public static int ipTargetGroupPort(ServicePort port) {
        if (port.targetPort() == null) {
            return port.port();
        }
        return port.targetPort().number() != null ? port.targetPort().number() : 1;
    }
}
