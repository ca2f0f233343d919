package io.eksplanner.topology.model;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.common.NullAsEmpty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of one cluster topology, as the planning engines read it: the user's values as written
 * (a null scalar means "not given", and the engines apply the defaults AWS would), CIDRs parsed once, lists in the
 * order given (indices are the JSON paths' indices) and never null. Public: {@code ipam}, {@code planning}, {@code
 * planning.web}, {@code routing}, {@code routing.alb}, {@code routing.planner}, {@code routing.service}, {@code
 * topology.spec}, {@code validation} and {@code validation.rules} use it.
 */
public record ClusterTopology(
        String name,
        String region,
        String kubernetesVersion,
        Vpc vpc,
        Ipv4Cidr serviceIpv4Cidr,
        EndpointAccess endpointAccess,
        List<String> controlPlaneSubnets,
        Cni cni,
        LoadBalancing loadBalancing,
        List<Subnet> subnets,
        List<NodeGroup> nodeGroups,
        List<Workload> workloads,
        List<Service> services,
        List<Ingress> ingresses,
        List<IngressClass> ingressClasses,
        String ipFamily,
        Outpost outpost,
        GatewayApi gatewayApi) {

    /** eksctl's {@code kubernetesNetworkConfig.ipFamily} value for an IPv6 cluster. */
    public static final String IPV6 = "IPv6";

    public ClusterTopology {
        vpc = vpc != null ? vpc : new Vpc(List.of(), null, null, List.of(), null);
        endpointAccess = endpointAccess != null ? endpointAccess : new EndpointAccess(null, null, List.of());
        cni = cni != null ? cni : new Cni(null, null, null, null, null, null, null, null);
        loadBalancing = loadBalancing != null ? loadBalancing : new LoadBalancing(null, null);
        controlPlaneSubnets = NullAsEmpty.list(controlPlaneSubnets);
        subnets = NullAsEmpty.list(subnets);
        nodeGroups = NullAsEmpty.list(nodeGroups);
        workloads = NullAsEmpty.list(workloads);
        services = NullAsEmpty.list(services);
        ingresses = NullAsEmpty.list(ingresses);
        ingressClasses = NullAsEmpty.list(ingressClasses);
        gatewayApi = gatewayApi != null ? gatewayApi : GatewayApi.NONE;
    }

    /**
     * What EKS picks when no service CIDR is given and a VPC block lies in 10.0.0.0/8 (src/docs/reference/eks-vpc.md
     * §3.2).
     */
    public static final Ipv4Cidr DEFAULT_SERVICE_CIDR_BESIDE_10 = Ipv4Cidr.parse("172.20.0.0/16");

    /** What EKS picks when no service CIDR is given and no VPC block lies in 10.0.0.0/8. */
    public static final Ipv4Cidr DEFAULT_SERVICE_CIDR = Ipv4Cidr.parse("10.100.0.0/16");

    /** The service CIDR EKS would pick were none given (src/docs/reference/eks-vpc.md §3.2, §10.6). */
    public Ipv4Cidr predictedServiceIpv4Cidr() {
        return vpc.cidrBlocks().stream().anyMatch(Ipv4Cidr.RFC1918_10::contains)
                ? DEFAULT_SERVICE_CIDR_BESIDE_10
                : DEFAULT_SERVICE_CIDR;
    }

    /** The service CIDR in effect: the one given, or the one EKS would pick. */
    public Ipv4Cidr effectiveServiceIpv4Cidr() {
        return serviceIpv4Cidr != null ? serviceIpv4Cidr : predictedServiceIpv4Cidr();
    }

    /** Whether the cluster is IPv6 (eksctl's {@code ipFamily: IPv6}), which the planner does not model. */
    public boolean isIpv6() {
        return IPV6.equalsIgnoreCase(ipFamily);
    }

    /** Whether the control plane runs on AWS Outposts (an EKS local cluster). */
    public boolean onOutposts() {
        return outpost != null && outpost.controlPlaneOutpostArn() != null;
    }

    /** The subnet of that name, if the topology has one. */
    public Optional<Subnet> subnet(String subnetName) {
        return subnets.stream()
                .filter(subnet -> subnet.name().equals(subnetName))
                .findFirst();
    }

    /** The VPC: CIDR blocks (primary first), DNS attributes, VPC endpoints present, the id of an existing one. */
    public record Vpc(
            List<Ipv4Cidr> cidrBlocks,
            Boolean enableDnsHostnames,
            Boolean enableDnsSupport,
            List<String> endpoints,
            String id) {

        public Vpc {
            cidrBlocks = NullAsEmpty.list(cidrBlocks);
            endpoints = NullAsEmpty.list(endpoints);
        }
    }

    /** The control plane on AWS Outposts: the Outpost's ARN, the control plane's instance type and placement group. */
    public record Outpost(
            String controlPlaneOutpostArn, String controlPlaneInstanceType, String controlPlanePlacementGroup) {}

    /** Who may reach the Kubernetes API endpoint; null flags take EKS's defaults (public on, private off). */
    public record EndpointAccess(Boolean publicAccess, Boolean privateAccess, List<Ipv4Cidr> publicAccessCidrs) {

        public EndpointAccess {
            publicAccessCidrs = NullAsEmpty.list(publicAccessCidrs);
        }

        /** Whether the public endpoint is on: EKS's default is on. */
        public boolean publicEnabled() {
            return publicAccess == null || publicAccess;
        }

        /** Whether the private endpoint is on: EKS's default is off. */
        public boolean privateEnabled() {
            return privateAccess != null && privateAccess;
        }
    }

    /** Amazon VPC CNI settings as given; null means the CNI's default. */
    public record Cni(
            Boolean prefixDelegation,
            Integer warmEniTarget,
            Integer warmIpTarget,
            Integer minimumIpTarget,
            Integer warmPrefixTarget,
            Boolean customNetworking,
            Boolean podSecurityGroups,
            Boolean subnetDiscovery) {}

    /** Which load-balancer controllers run in the cluster. */
    public record LoadBalancing(LoadBalancerController controller, Boolean serviceMutatorWebhook) {}

    /** A subnet; {@code cidr} is null when the user gave none. */
    public record Subnet(
            String name,
            String id,
            Ipv4Cidr cidr,
            String availabilityZone,
            SubnetType type,
            Egress egress,
            Boolean mapPublicIpOnLaunch,
            Map<String, String> tags,
            Boolean podSubnet) {

        public Subnet {
            tags = NullAsEmpty.map(tags);
        }

        /** Whether this is an ENIConfig pod subnet for custom networking. */
        public boolean isPodSubnet() {
            return podSubnet != null && podSubnet;
        }
    }

    /** A node group. */
    public record NodeGroup(
            String name,
            String instanceType,
            Integer desiredSize,
            Integer minSize,
            Integer maxSize,
            List<String> subnets,
            Boolean managed,
            Integer maxPods,
            String amiFamily) {

        public NodeGroup {
            subnets = NullAsEmpty.list(subnets);
        }

        /** The AMI family whose bootstrap sets the kubelet's max pods; null reads as AmazonLinux2023. */
        public AmiFamily family() {
            return AmiFamily.of(amiFamily);
        }

        /** Whether EKS manages the group; null reads as managed, as eksctl's managedNodeGroups are the default. */
        public boolean isManaged() {
            return managed == null || managed;
        }
    }

    /** A Kubernetes workload. */
    public record Workload(
            String name,
            String namespace,
            WorkloadKind kind,
            Integer replicas,
            Map<String, String> labels,
            List<ContainerPort> ports,
            Placement placement,
            List<String> nodeGroups,
            Boolean hostNetwork,
            Boolean podSecurityGroup) {

        public Workload {
            labels = NullAsEmpty.map(labels);
            ports = NullAsEmpty.list(ports);
            nodeGroups = NullAsEmpty.list(nodeGroups);
        }
    }

    /** A container port. */
    public record ContainerPort(String name, int containerPort, Protocol protocol) {}

    /** A Kubernetes Service. */
    public record Service(
            String name,
            String namespace,
            ServiceType type,
            Map<String, String> selector,
            List<ServicePort> ports,
            ExternalTrafficPolicy externalTrafficPolicy,
            Integer healthCheckNodePort,
            Boolean allocateLoadBalancerNodePorts,
            String loadBalancerClass,
            Map<String, String> annotations) {

        public Service {
            selector = NullAsEmpty.map(selector);
            ports = NullAsEmpty.list(ports);
            annotations = NullAsEmpty.map(annotations);
        }
    }

    /** A Service port. */
    public record ServicePort(String name, int port, PortRef targetPort, Integer nodePort, Protocol protocol) {}

    /** A port given by number or by container port name, as Kubernetes' IntOrString. */
    public record PortRef(Integer number, String name) {}

    /** A Kubernetes Ingress. */
    public record Ingress(
            String name,
            String namespace,
            String ingressClassName,
            Map<String, String> annotations,
            List<IngressRule> rules,
            IngressBackend defaultBackend,
            List<IngressTls> tls) {

        public Ingress {
            annotations = NullAsEmpty.map(annotations);
            rules = NullAsEmpty.list(rules);
            tls = NullAsEmpty.list(tls);
        }
    }

    /** An entry of an Ingress's {@code tls} section: its hosts and Secret name. */
    public record IngressTls(List<String> hosts, String secretName) {

        public IngressTls {
            hosts = NullAsEmpty.list(hosts);
        }
    }

    /** An Ingress rule. */
    public record IngressRule(String host, List<IngressPath> paths) {

        public IngressRule {
            paths = NullAsEmpty.list(paths);
        }
    }

    /** An Ingress path and its backend. */
    public record IngressPath(String path, PathType pathType, String serviceName, PortRef servicePort) {}

    /** An Ingress backend. */
    public record IngressBackend(String serviceName, PortRef servicePort) {}

    /** An IngressClass; a {@code parametersRef} with null {@code parameters} names an object that does not exist. */
    public record IngressClass(
            String name,
            String controller,
            Boolean isDefault,
            IngressClassParameters parameters,
            ParametersReference parametersRef) {}

    /**
     * IngressClassParams fields that matter to routing (aws-load-balancer-controller v3.5.0, {@code
     * apis/elbv2/v1beta1/ingressclassparams_types.go}): a field that is set wins over the matching Ingress annotation;
     * an empty list or map is not set. {@code sslRedirectPort} is kept as written, a string as in the CRD.
     */
    public record IngressClassParameters(
            String scheme,
            String group,
            String ipAddressType,
            String targetType,
            SubnetSelector subnets,
            List<String> certificateArn,
            String sslPolicy,
            String sslRedirectPort,
            List<String> inboundCidrs,
            String loadBalancerName,
            Map<String, String> tags,
            Map<String, String> loadBalancerAttributes,
            LabelSelector namespaceSelector) {

        public IngressClassParameters {
            certificateArn = NullAsEmpty.list(certificateArn);
            inboundCidrs = NullAsEmpty.list(inboundCidrs);
            tags = NullAsEmpty.map(tags);
            loadBalancerAttributes = NullAsEmpty.map(loadBalancerAttributes);
        }
    }

    /** Subnets by id, or by tags: every key with one of its values (any value when none is listed). */
    public record SubnetSelector(List<String> ids, Map<String, List<String>> tags) {

        public SubnetSelector {
            ids = NullAsEmpty.list(ids);
            tags = NullAsEmpty.map(tags);
        }
    }
}
