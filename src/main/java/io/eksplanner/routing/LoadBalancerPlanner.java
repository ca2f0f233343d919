package io.eksplanner.routing;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.routing.LoadBalancerPlan.HealthCheck;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.SubnetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out, for every Service of type LoadBalancer and every Ingress (by IngressGroup, see {@link IngressPlanner}),
 * which controller builds which load balancer and how a client's requests reach the pods (domain-rules §4, aws-load-balancers.md §1–§9): owner, type, scheme, target type, one
 * subnet per AZ, listeners, target groups with targets and health checks, per-pod traffic shares, cross-AZ hops
 * and aggregated packet paths. Plain Java over the topology and its IP plan; deterministic.
 */
public final class LoadBalancerPlanner {

    /** The AWS Load Balancer Controller's loadBalancerClass (its --load-balancer-class default). */
    public static final String LBC_CLASS = "service.k8s.aws/nlb";

    static final String SERVICE_ANNOTATION = "service.beta.kubernetes.io/";
    static final int NODE_PORT_MIN = 30000;
    static final int NODE_PORT_MAX = 32767;
    static final int LB_MINIMUM_FREE_IPS = 8;

    /** Plans every Service of type LoadBalancer, then every IngressGroup and every Ingress no ALB serves. */
    public List<LoadBalancerPlan> plan(ClusterTopology topology, IpPlan ipPlan) {
        return new Run(topology, ipPlan).plan();
    }

    /** One planning run over a topology and its IP plan; the Ingress planner reads its lookups too. */
    static final class Run {

        final ClusterTopology topology;
        final IpPlan ipPlan;
        final LoadBalancerController controller;
        private final boolean webhook;
        private final Map<String, Workload> workloads = new HashMap<>();
        private final Map<String, List<PodPlan>> podsByWorkload = new HashMap<>();
        private final Map<String, NodePlan> nodesByName = new HashMap<>();
        private final Map<String, Long> freeIps = new HashMap<>();
        private final Set<Integer> usedNodePorts = new TreeSet<>();

        Run(ClusterTopology topology, IpPlan ipPlan) {
            this.topology = topology;
            this.ipPlan = ipPlan;
            var profile = topology.loadBalancing();
            this.controller = profile.controller() == null ? LoadBalancerController.LEGACY : profile.controller();
            // The Helm chart installs the Service mutator webhook by default (aws-load-balancers.md §1.3).
            this.webhook = profile.serviceMutatorWebhook() == null || profile.serviceMutatorWebhook();
            topology.workloads().forEach(w -> workloads.put(w.namespace() + "/" + w.name(), w));
            for (int i = 0; i < ipPlan.podCount(); i++) {
                var pod = ipPlan.pod(i);
                var workload = pod.namespace() + "/"
                        + pod.name().substring(0, pod.name().lastIndexOf('-'));
                podsByWorkload
                        .computeIfAbsent(workload, key -> new ArrayList<>())
                        .add(pod);
            }
            ipPlan.nodes().forEach(node -> nodesByName.put(node.name(), node));
            ipPlan.subnets().forEach(usage -> freeIps.put(usage.name(), usage.freeIps()));
            for (Service service : topology.services()) {
                for (ServicePort port : service.ports()) {
                    if (port.nodePort() != null) {
                        usedNodePorts.add(port.nodePort());
                    }
                }
                if (service.healthCheckNodePort() != null) {
                    usedNodePorts.add(service.healthCheckNodePort());
                }
            }
        }

        List<LoadBalancerPlan> plan() {
            var plans = new ArrayList<LoadBalancerPlan>();
            var nodePorts = allocateNodePorts();
            for (Service service : topology.services()) {
                if (service.type() == ServiceType.LoadBalancer) {
                    plans.add(planService(service, nodePorts));
                }
            }
            plans.addAll(new IngressPlanner(this, nodePorts).plan());
            return plans;
        }

        /** NodePorts left null, and health-check NodePorts of LoadBalancer + Local Services, lowest free first. */
        private Map<String, Integer> allocateNodePorts() {
            var allocated = new LinkedHashMap<String, Integer>();
            int next = NODE_PORT_MIN;
            for (Service service : topology.services()) {
                if (service.type() == ServiceType.ClusterIP || service.type() == null) {
                    continue;
                }
                for (int p = 0; p < service.ports().size(); p++) {
                    if (service.ports().get(p).nodePort() == null) {
                        while (usedNodePorts.contains(next)) {
                            next++;
                        }
                        usedNodePorts.add(next);
                        allocated.put(key(service) + "#" + p, next);
                    }
                }
                if (service.type() == ServiceType.LoadBalancer
                        && service.externalTrafficPolicy() == ExternalTrafficPolicy.Local
                        && service.healthCheckNodePort() == null) {
                    while (usedNodePorts.contains(next)) {
                        next++;
                    }
                    usedNodePorts.add(next);
                    allocated.put(key(service) + "#health", next);
                }
            }
            return allocated;
        }

        static String key(Service service) {
            return service.namespace() + "/" + service.name();
        }

        // ---- ownership (aws-load-balancers.md §1) -----------------------------------------------------------------

        private LoadBalancerPlan planService(Service service, Map<String, Integer> nodePorts) {
            var id = "service." + service.namespace() + "." + service.name();
            var source = List.of("Service " + service.namespace() + "/" + service.name());
            var annotations = service.annotations();
            var type = annotations.getOrDefault(SERVICE_ANNOTATION + "aws-load-balancer-type", "");
            var targetTypeAnnotation = annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-nlb-target-type");
            boolean lbc = controller == LoadBalancerController.AWS_LOAD_BALANCER_CONTROLLER;
            String loadBalancerClass = service.loadBalancerClass();
            if (loadBalancerClass == null && lbc && webhook) {
                // The webhook stamps the controller's class on every new LoadBalancer Service (§1.3).
                loadBalancerClass = LBC_CLASS;
            }
            if (loadBalancerClass != null) {
                if (loadBalancerClass.startsWith("eks.amazonaws.com/")) {
                    return LoadBalancerPlan.none(
                            id,
                            source,
                            null,
                            "loadBalancerClass " + loadBalancerClass + " belongs to EKS Auto Mode,"
                                    + " which the planner does not simulate");
                }
                if (!lbc || !LBC_CLASS.equals(loadBalancerClass)) {
                    return LoadBalancerPlan.none(
                            id,
                            source,
                            null,
                            "loadBalancerClass " + loadBalancerClass + " is served by no controller"
                                    + " in this cluster; the legacy controller ignores Services with a class");
                }
                return nlbOfController(id, source, service, nodePorts, type, targetTypeAnnotation);
            }
            boolean external = type.equals("external");
            boolean validTargetType = "ip".equals(targetTypeAnnotation) || "instance".equals(targetTypeAnnotation);
            if (lbc && (type.equals("nlb-ip") || (external && validTargetType))) {
                return nlbOfController(id, source, service, nodePorts, type, targetTypeAnnotation);
            }
            if (type.equals("nlb-ip") || external) {
                return LoadBalancerPlan.none(
                        id,
                        source,
                        null,
                        lbc
                                ? "aws-load-balancer-type external without aws-load-balancer-nlb-target-type: the AWS"
                                        + " Load Balancer Controller does not take it and the legacy controller leaves"
                                        + " it to an external one (ImplementedElsewhere)"
                                : "aws-load-balancer-type " + type + " is left to the AWS Load Balancer Controller"
                                        + " (ImplementedElsewhere), which this cluster does not run");
            }
            return legacy(id, source, service, nodePorts, type.equals("nlb"));
        }

        // ---- the two controllers --------------------------------------------------------------------------------

        private LoadBalancerPlan nlbOfController(
                String id,
                List<String> source,
                Service service,
                Map<String, Integer> nodePorts,
                String type,
                String targetTypeAnnotation) {
            var annotations = service.annotations();
            boolean ip = type.equals("nlb-ip") || "ip".equals(targetTypeAnnotation);
            // Scheme: aws-load-balancer-scheme, else the deprecated -internal bool, else internal (§4).
            var schemeAnnotation = annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-scheme");
            var internal = annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-internal");
            String schemeName = schemeAnnotation != null
                    ? schemeAnnotation
                    : internal != null ? (Boolean.parseBoolean(internal) ? "internal" : "internet-facing") : "internal";
            var scheme = Scheme.parse(schemeName);
            if (scheme == null) {
                return LoadBalancerPlan.none(
                        id, source, LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER, "unknown scheme: " + schemeName);
            }
            var attributes = annotations.getOrDefault(SERVICE_ANNOTATION + "aws-load-balancer-attributes", "");
            var crossZoneAnnotation =
                    annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-cross-zone-load-balancing-enabled");
            boolean crossZone = crossZoneAnnotation != null
                    ? Boolean.parseBoolean(crossZoneAnnotation)
                    : attributes.replace(" ", "").contains("load_balancing.cross_zone.enabled=true");
            var tgAttributes =
                    annotations.getOrDefault(SERVICE_ANNOTATION + "aws-load-balancer-target-group-attributes", "");
            // Client IP preservation: on for instance targets, off for ip targets with TCP unless set (§6).
            boolean preserve = ip
                    ? tgAttributes.replace(" ", "").contains("preserve_client_ip.enabled=true")
                    : !tgAttributes.replace(" ", "").contains("preserve_client_ip.enabled=false");
            var subnets = controllerSubnets(scheme, annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-subnets"));
            if (subnets.isEmpty()) {
                return LoadBalancerPlan.none(
                        id,
                        source,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        "unable to resolve at least one subnet (no " + scheme.roleTag() + " subnet with "
                                + LB_MINIMUM_FREE_IPS + " free addresses)");
            }
            var ipAddressType =
                    annotations.getOrDefault(SERVICE_ANNOTATION + "aws-load-balancer-ip-address-type", "ipv4");
            return build(
                    id,
                    source,
                    LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                    LoadBalancerType.NLB,
                    scheme,
                    ip ? TargetType.IP : TargetType.INSTANCE,
                    ipAddressType,
                    subnets,
                    crossZone,
                    preserve,
                    service,
                    nodePorts);
        }

        private LoadBalancerPlan legacy(
                String id, List<String> source, Service service, Map<String, Integer> nodePorts, boolean nlb) {
            var annotations = service.annotations();
            // Legacy scheme: "false" is internet-facing, any other value internal, absent internet-facing (§4).
            var internal = annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-internal");
            Scheme scheme = internal == null || internal.isEmpty() || internal.equals("false")
                    ? Scheme.INTERNET_FACING
                    : Scheme.INTERNAL;
            boolean crossZone = "true"
                    .equals(annotations.get(
                            SERVICE_ANNOTATION + "aws-load-balancer-cross-zone-load-balancing-enabled"));
            var subnets = legacySubnets(scheme);
            if (subnets.isEmpty()) {
                return LoadBalancerPlan.none(
                        id,
                        source,
                        LoadBalancerOwner.LEGACY,
                        "no subnet for an " + scheme + " load balancer"
                                + (scheme == Scheme.INTERNET_FACING ? " (public subnets only)" : ""));
            }
            return build(
                    id,
                    source,
                    LoadBalancerOwner.LEGACY,
                    nlb ? LoadBalancerType.NLB : LoadBalancerType.CLB,
                    scheme,
                    TargetType.INSTANCE,
                    "ipv4",
                    subnets,
                    crossZone,
                    nlb,
                    service,
                    nodePorts);
        }

        // ---- subnets (§7) ---------------------------------------------------------------------------------------

        List<Subnet> controllerSubnets(Scheme scheme, String explicit) {
            if (explicit != null && !explicit.isBlank()) {
                var wanted = new HashSet<String>();
                for (String item : explicit.split(",")) {
                    if (!item.isBlank()) {
                        wanted.add(item.trim());
                    }
                }
                return topology.subnets().stream()
                        .filter(subnet -> wanted.contains(subnet.name()) || wanted.contains(subnet.id()))
                        .sorted(Comparator.comparing(Run::subnetId))
                        .toList();
            }
            var role = scheme.roleTag();
            var tagged = topology.subnets().stream()
                    .filter(subnet -> {
                        var value = subnet.tags().get(role);
                        return value != null && (value.isEmpty() || value.equals("1"));
                    })
                    .toList();
            boolean anyRoleTag = topology.subnets().stream()
                    .anyMatch(subnet -> subnet.tags().containsKey("kubernetes.io/role/elb")
                            || subnet.tags().containsKey("kubernetes.io/role/internal-elb"));
            var candidates = !tagged.isEmpty() || anyRoleTag
                    ? tagged
                    : topology.subnets().stream()
                            .filter(subnet -> scheme == Scheme.INTERNAL
                                    ? subnet.type() != SubnetType.PUBLIC
                                    : subnet.type() == SubnetType.PUBLIC)
                            .toList();
            return onePerZone(
                    candidates.stream()
                            .filter(this::notOtherClusters)
                            .filter(subnet -> freeIps.getOrDefault(subnet.name(), 0L) >= LB_MINIMUM_FREE_IPS)
                            .toList(),
                    Comparator.comparing((Subnet subnet) -> !ownClusterTagged(subnet))
                            .thenComparing(Run::subnetId));
        }

        private List<Subnet> legacySubnets(Scheme scheme) {
            var candidates = topology.subnets().stream()
                    .filter(this::notOtherClusters)
                    .filter(subnet -> subnet.cidr() != null)
                    .filter(subnet -> scheme != Scheme.INTERNET_FACING || subnet.type() == SubnetType.PUBLIC)
                    .toList();
            var role = scheme.roleTag();
            return onePerZone(
                    candidates,
                    Comparator.comparing((Subnet subnet) -> !subnet.tags().containsKey(role))
                            .thenComparing(subnet -> !ownClusterTagged(subnet))
                            .thenComparing(Run::subnetId));
        }

        private static List<Subnet> onePerZone(List<Subnet> candidates, Comparator<Subnet> preference) {
            var byZone = new TreeMap<String, Subnet>();
            for (Subnet subnet : candidates) {
                if (subnet.availabilityZone() == null) {
                    continue;
                }
                byZone.merge(
                        subnet.availabilityZone(),
                        subnet,
                        (current, other) -> preference.compare(other, current) < 0 ? other : current);
            }
            return byZone.values().stream()
                    .sorted(Comparator.comparing(Run::subnetId))
                    .toList();
        }

        private static String subnetId(Subnet subnet) {
            return subnet.id() != null ? subnet.id() : subnet.name();
        }

        private boolean ownClusterTagged(Subnet subnet) {
            return subnet.tags().containsKey("kubernetes.io/cluster/" + topology.name());
        }

        private boolean notOtherClusters(Subnet subnet) {
            boolean tagged = subnet.tags().keySet().stream().anyMatch(key -> key.startsWith("kubernetes.io/cluster/"));
            return !tagged || ownClusterTagged(subnet);
        }

        // ---- target groups, health checks, traffic ---------------------------------------------------------------

        private LoadBalancerPlan build(
                String id,
                List<String> source,
                LoadBalancerOwner owner,
                LoadBalancerType type,
                Scheme scheme,
                TargetType targetType,
                String ipAddressType,
                List<Subnet> subnets,
                boolean crossZone,
                boolean clientIpPreserved,
                Service service,
                Map<String, Integer> nodePorts) {
            boolean local = service.externalTrafficPolicy() == ExternalTrafficPolicy.Local;
            boolean ip = targetType == TargetType.IP;
            var selected = selectedPods(service);
            var listeners = new ArrayList<Listener>();
            var groups = new ArrayList<TargetGroup>();
            var zones = subnets.stream().map(Subnet::availabilityZone).toList();
            Map<String, PathTotal> pathTotals = new TreeMap<>();
            Integer healthCheckNodePort = service.healthCheckNodePort() != null
                    ? service.healthCheckNodePort()
                    : nodePorts.get(key(service) + "#health");
            for (int p = 0; p < service.ports().size(); p++) {
                var port = service.ports().get(p);
                int nodePort =
                        port.nodePort() != null ? port.nodePort() : nodePorts.getOrDefault(key(service) + "#" + p, 0);
                listeners.add(new Listener(
                        type == LoadBalancerType.CLB
                                ? "TCP"
                                : String.valueOf(port.protocol() == null ? "TCP" : port.protocol()),
                        port.port()));
                var health = healthCheck(owner, type, ip, local, healthCheckNodePort, service);
                var targets = new ArrayList<Target>();
                var entries = new ArrayList<TrafficModel.Entry>();
                if (ip) {
                    for (var pod : selected) {
                        int podPort = targetPort(port, pod);
                        targets.add(new Target(
                                pod.name(),
                                Ipv4Cidr.formatAddress(pod.ip()),
                                podPort,
                                pod.availabilityZone(),
                                true,
                                null));
                        entries.add(new TrafficModel.Entry(pod.availabilityZone(), true, List.of(pod)));
                    }
                } else {
                    entries.addAll(TrafficModel.nodeTargets(
                            ipPlan.nodes(),
                            selected,
                            local,
                            nodePort,
                            "no local endpoint: /healthz on the health-check NodePort fails",
                            targets));
                }
                var result = TrafficModel.spread(zones, crossZone, ip, entries, selected);
                if (p == 0) {
                    result.paths().forEach(path -> pathTotals.merge(path.key(), path, PathTotal::plus));
                }
                groups.add(new TargetGroup(
                        ip ? "TCP" : "TCP",
                        ip ? firstPort(port, selected) : nodePort,
                        health,
                        targets,
                        result.traffic()));
            }
            var sourceIp = sourceIpAtPod(type, ip, local, clientIpPreserved);
            var paths = pathTotals.values().stream()
                    .map(total -> total.toPath(type, ip, service, sourceIp, nodePorts))
                    .toList();
            return new LoadBalancerPlan(
                    id,
                    source,
                    owner,
                    null,
                    type,
                    scheme,
                    targetType,
                    ipAddressType,
                    subnets.stream()
                            .map(subnet -> new LbSubnet(subnet.name(), subnet.availabilityZone()))
                            .toList(),
                    crossZone,
                    clientIpPreserved,
                    listeners,
                    null,
                    groups,
                    paths,
                    null);
        }

        /** What source address the pod sees (aws-load-balancers.md §6, §9.2). */
        private static SourceIpAtPod sourceIpAtPod(
                LoadBalancerType type, boolean ip, boolean local, boolean preserved) {
            if (ip) {
                return preserved ? SourceIpAtPod.CLIENT_IP : SourceIpAtPod.NLB_PRIVATE_IP;
            }
            if (!local) {
                return SourceIpAtPod.NODE_IP;
            }
            return type == LoadBalancerType.CLB ? SourceIpAtPod.CLB_IP : SourceIpAtPod.CLIENT_IP;
        }

        /** Health-check defaults by owner, type, target type and traffic policy (aws-load-balancers.md §5). */
        private static HealthCheck healthCheck(
                LoadBalancerOwner owner,
                LoadBalancerType type,
                boolean ip,
                boolean local,
                Integer healthCheckNodePort,
                Service service) {
            var annotations = service.annotations();
            HealthCheck defaults;
            String healthPort = healthCheckNodePort == null ? "traffic-port" : String.valueOf(healthCheckNodePort);
            if (owner == LoadBalancerOwner.LEGACY) {
                if (type == LoadBalancerType.CLB) {
                    defaults = local
                            ? new HealthCheck("HTTP", healthPort, "/healthz", 10, 5, 2, 6, null)
                            : new HealthCheck("TCP", "traffic-port", null, 10, 5, 2, 6, null);
                } else {
                    defaults = local
                            ? new HealthCheck("HTTP", healthPort, "/healthz", 10, 10, 2, 2, null)
                            : new HealthCheck("TCP", "traffic-port", null, 30, 10, 3, 3, null);
                }
                return defaults;
            }
            defaults = !ip && local && service.type() == ServiceType.LoadBalancer
                    ? new HealthCheck("HTTP", healthPort, "/healthz", 10, 6, 2, 2, "200-399")
                    : new HealthCheck("TCP", "traffic-port", null, 10, 10, 3, 3, null);
            var protocol = annotations.get(SERVICE_ANNOTATION + "aws-load-balancer-healthcheck-protocol");
            var chosenProtocol = protocol == null ? defaults.protocol() : protocol.toUpperCase(Locale.ROOT);
            boolean http = !chosenProtocol.equals("TCP");
            return new HealthCheck(
                    chosenProtocol,
                    annotations.getOrDefault(
                            SERVICE_ANNOTATION + "aws-load-balancer-healthcheck-port", defaults.port()),
                    http
                            ? annotations.getOrDefault(
                                    SERVICE_ANNOTATION + "aws-load-balancer-healthcheck-path",
                                    defaults.path() == null ? "/" : defaults.path())
                            : null,
                    intAnnotation(annotations, "aws-load-balancer-healthcheck-interval", defaults.intervalSeconds()),
                    intAnnotation(annotations, "aws-load-balancer-healthcheck-timeout", defaults.timeoutSeconds()),
                    intAnnotation(
                            annotations,
                            "aws-load-balancer-healthcheck-healthy-threshold",
                            defaults.healthyThreshold()),
                    intAnnotation(
                            annotations,
                            "aws-load-balancer-healthcheck-unhealthy-threshold",
                            defaults.unhealthyThreshold()),
                    http
                            ? annotations.getOrDefault(
                                    SERVICE_ANNOTATION + "aws-load-balancer-healthcheck-success-codes", "200-399")
                            : null);
        }

        private static int intAnnotation(Map<String, String> annotations, String suffix, int fallback) {
            try {
                var value = annotations.get(SERVICE_ANNOTATION + suffix);
                return value == null ? fallback : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        /** The Running pods of the workloads in the Service's namespace whose labels hold its whole selector. */
        List<PodPlan> selectedPods(Service service) {
            if (service.selector().isEmpty()) {
                return List.of();
            }
            var pods = new ArrayList<PodPlan>();
            for (var entry : workloads.entrySet()) {
                var workload = entry.getValue();
                if (Objects.equals(workload.namespace(), service.namespace())
                        && workload.labels()
                                .entrySet()
                                .containsAll(service.selector().entrySet())) {
                    podsByWorkload.getOrDefault(entry.getKey(), List.of()).stream()
                            .filter(pod -> pod.status() == PodStatus.Running)
                            .forEach(pods::add);
                }
            }
            pods.sort(Comparator.comparing((PodPlan pod) -> pod.ip() == null ? 0L : pod.ip())
                    .thenComparing(PodPlan::name));
            return pods;
        }

        /** The pod port a Service port targets: a number, a container port name resolved on the pod, or the port. */
        int targetPort(ServicePort port, PodPlan pod) {
            var target = port.targetPort();
            if (target == null) {
                return port.port();
            }
            if (target.number() != null) {
                return target.number();
            }
            var workload = workloads.get(
                    pod.namespace() + "/" + pod.name().substring(0, pod.name().lastIndexOf('-')));
            return workload == null
                    ? 0
                    : workload.ports().stream()
                            .filter(containerPort -> target.name().equals(containerPort.name()))
                            .mapToInt(containerPort -> containerPort.containerPort())
                            .findFirst()
                            .orElse(0);
        }

        int firstPort(ServicePort port, List<PodPlan> selected) {
            return selected.isEmpty()
                    ? (port.targetPort() != null && port.targetPort().number() != null
                            ? port.targetPort().number()
                            : port.port())
                    : targetPort(port, selected.get(0));
        }
    }

    /** Requests along one (entry AZ, node AZ, pod AZ) route, summed. */
    record PathTotal(String entryZone, String nodeZone, String podZone, double share, int crossAzHops) {

        String key() {
            return entryZone + "|" + nodeZone + "|" + podZone;
        }

        PathTotal plus(PathTotal other) {
            return new PathTotal(entryZone, nodeZone, podZone, share + other.share, crossAzHops);
        }

        PacketPath toPath(
                LoadBalancerType type,
                boolean ip,
                Service service,
                SourceIpAtPod sourceIp,
                Map<String, Integer> nodePorts) {
            var hops = new ArrayList<String>();
            hops.add("client");
            hops.add(type + " node in " + entryZone);
            var port = service.ports().get(0);
            if (!ip) {
                int nodePort = port.nodePort() != null
                        ? port.nodePort()
                        : nodePorts.getOrDefault(service.namespace() + "/" + service.name() + "#0", 0);
                hops.add("node in " + nodeZone + " :" + nodePort);
                hops.add(
                        service.externalTrafficPolicy() == ExternalTrafficPolicy.Local
                                ? "kube-proxy DNAT to a local pod"
                                : "kube-proxy DNAT + SNAT");
            }
            hops.add("pod in " + podZone);
            return new PacketPath(entryZone, hops, Math.round(share * 1e9) / 1e9, sourceIp, crossAzHops);
        }
    }
}
