package io.eksplanner.routing;

import io.eksplanner.common.Deadline;
import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one planning run reads, looked up once per topology and IP plan: the load-balancing profile, Services by
 * {@code namespace/name}, each workload's pods, the nodes, subnet discovery and the NodePort allocation. Public
 * because the service and alb packages plan from it.
 */
public final class RoutingContext {

    private final ClusterTopology topology;
    private final IpPlan ipPlan;
    private final LoadBalancerController controller;
    private final boolean serviceMutatorWebhook;
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final WorkloadPods pods;
    private final NodePorts nodePorts;
    private final SubnetDiscovery subnets;
    private final Deadline deadline;
    private List<String> nodeAddresses;
    private final Map<Selection, ServiceEndpoints> endpoints = new HashMap<>();

    /** What decides a Service's endpoints: its namespace and its selector. */
    private record Selection(String namespace, Map<String, String> selector) {}

    private RoutingContext(ClusterTopology topology, IpPlan ipPlan, Deadline deadline) {
        this.topology = topology;
        this.deadline = deadline;
        this.ipPlan = ipPlan;
        var profile = topology.loadBalancing();
        this.controller = profile.controller() == null ? LoadBalancerController.LEGACY : profile.controller();
        // The Helm chart installs the Service mutator webhook by default (src/docs/reference/aws-load-balancers.md
        // §1.3).
        this.serviceMutatorWebhook = profile.serviceMutatorWebhook() == null || profile.serviceMutatorWebhook();
        var services = topology.services();
        for (int index = 0; index < services.size(); index++) {
            serviceIndex.putIfAbsent(key(services.get(index)), index);
        }
        topology.workloads().forEach(workload -> workloads.put(key(workload), workload));
        this.pods = WorkloadPods.index(topology.workloads(), ipPlan);
        this.nodePorts = NodePorts.allocate(services);
        this.subnets = new SubnetDiscovery(topology, ipPlan.subnets());
    }

    /** The look-ups of {@code topology} planned as {@code ipPlan}, which must have been made from it. */
    public static RoutingContext of(ClusterTopology topology, IpPlan ipPlan) {
        return new RoutingContext(topology, ipPlan, Deadline.NONE);
    }

    /** The same, for a plan that must be finished by {@code deadline}. */
    public static RoutingContext of(ClusterTopology topology, IpPlan ipPlan, Deadline deadline) {
        return new RoutingContext(topology, ipPlan, deadline);
    }

    /** When this plan must be finished; the planners check it per load balancer. */
    public Deadline deadline() {
        return deadline;
    }

    public ClusterTopology topology() {
        return topology;
    }

    /** Whether the cluster runs the AWS Load Balancer Controller. */
    public boolean runsLoadBalancerController() {
        return controller == LoadBalancerController.AWS_LOAD_BALANCER_CONTROLLER;
    }

    /** Whether the AWS Load Balancer Controller's Service mutator webhook runs (the Helm chart's default). */
    public boolean serviceMutatorWebhook() {
        return serviceMutatorWebhook;
    }

    /** The launched nodes, each with its AZ, ordered numerically by primary IP. */
    public List<NodePlan> nodes() {
        return ipPlan.nodes();
    }

    /**
     * Each node's primary IP as text, in the order of {@link #nodes()}: formatted once per plan rather than once per
     * instance target group.
     */
    public List<String> nodeAddresses() {
        if (nodeAddresses == null) {
            nodeAddresses = ipPlan.nodes().stream()
                    .map(node -> Ipv4Cidr.formatAddress(node.primaryIp()))
                    .toList();
        }
        return nodeAddresses;
    }

    /** The index in {@code services} of the first Service named {@code namespace/name}, or null. */
    public Integer serviceIndex(String namespace, String name) {
        return serviceIndex.get(namespace + "/" + name);
    }

    /**
     * The index in {@code services} of the Service named {@code namespace/name} as the controllers find it in the
     * cluster, or null: a Service the apiserver refused for want of NodePorts was never created, so a controller's
     * look-up of it answers NotFound, as for a Service not in the topology.
     */
    public Integer existingServiceIndex(String namespace, String name) {
        var index = serviceIndex(namespace, name);
        return index == null || nodePorts.refused(topology.services().get(index)) ? null : index;
    }

    /** Where the controllers find subnets for load balancers. */
    public SubnetDiscovery subnets() {
        return subnets;
    }

    /** The NodePort of the Service's port {@code portIndex}: the one given, else the one allocated, else 0. */
    public int nodePort(Service service, int portIndex) {
        return nodePorts.nodePort(service, portIndex);
    }

    /** The Service's health-check NodePort: the one given, else the one allocated, else null. */
    public Integer healthCheckNodePort(Service service) {
        return nodePorts.healthCheckNodePort(service);
    }

    /**
     * The Service's field that leaves its port {@code portIndex} without the NodePort instance targets need: {@code
     * type} for a ClusterIP Service, {@code allocateLoadBalancerNodePorts} for a LoadBalancer Service that allocates
     * none and gives none for the port; null when the port has one, or when the apiserver refused the Service (it does
     * not exist). The AWS Load Balancer Controller fails the model on such a port (src/docs/reference/aws-load-balancers.md
     * §10.1).
     */
    public String missingNodePortField(Service service, int portIndex) {
        if (service.type() == null || service.type() == ServiceType.ClusterIP) {
            return "type";
        }
        if (nodePorts.nodePort(service, portIndex) == 0 && !nodePorts.refused(service)) {
            return "allocateLoadBalancerNodePorts";
        }
        return null;
    }

    /** Whether the apiserver refuses to create the Service because the NodePort range holds none it needs. */
    public boolean refusedForNodePorts(Service service) {
        return nodePorts.refused(service);
    }

    /**
     * What the NodePort range's exhaustion means for the cluster, naming the first Service that got none and where;
     * null when every Service got its NodePorts.
     */
    public LoadBalancerPlan.Problem nodePortRangeExhausted() {
        return nodePorts.exhaustion();
    }

    /**
     * The Running pods of the workloads in the Service's namespace whose labels hold its whole selector. Services of
     * one namespace and selector share one answer, worked out once per plan: ten thousand Services over a few hundred
     * workloads select a few hundred times.
     */
    public ServiceEndpoints endpoints(Service service) {
        return endpoints.computeIfAbsent(
                new Selection(service.namespace(), service.selector()), selection -> select(service));
    }

    private ServiceEndpoints select(Service service) {
        var pods = new ArrayList<PodPlan>();
        var workloadOf = new IdentityHashMap<PodPlan, Workload>();
        if (!service.selector().isEmpty()) {
            for (var entry : workloads.entrySet()) {
                var workload = entry.getValue();
                if (Objects.equals(workload.namespace(), service.namespace())
                        && workload.labels()
                                .entrySet()
                                .containsAll(service.selector().entrySet())) {
                    for (PodPlan pod : this.pods.of(entry.getKey())) {
                        if (pod.status() == PodStatus.Running) {
                            pods.add(pod);
                            workloadOf.put(pod, workload);
                        }
                    }
                }
            }
        }
        pods.sort(Comparator.comparing((PodPlan pod) -> pod.ip() == null ? 0L : pod.ip())
                .thenComparing(PodPlan::name));
        return new ServiceEndpoints(pods, workloadOf);
    }

    /** A Service's {@code namespace/name}. */
    public static String key(Service service) {
        return service.namespace() + "/" + service.name();
    }

    static String key(Workload workload) {
        return workload.namespace() + "/" + workload.name();
    }
}
