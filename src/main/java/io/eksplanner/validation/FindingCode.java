package io.eksplanner.validation;

/**
 * Every code the validation report can carry, with its usual severity, what triggers it and the public source of
 * the rule. The API documents {@code code} as an open string: later capabilities add codes here. Public: {@code
 * planning.web} and {@code validation.rules} use it.
 */
public enum FindingCode {
    VPC_CIDR_MISSING(
            Severity.ERROR,
            "the VPC has no IPv4 CIDR block (WARNING when an existing VPC, vpc.id, leaves it to AWS)",
            Sources.VPC_CIDR),
    VPC_CIDR_INVALID(
            Severity.ERROR,
            "a VPC CIDR block has host bits set, a prefix outside /16–/28, or lies in 169.254.0.0/16",
            Sources.VPC_CIDR),
    VPC_SECONDARY_CIDR_INVALID(
            Severity.ERROR,
            "a secondary VPC CIDR block overlaps another block or is a range AWS refuses beside the primary one (with"
                    + " a primary in 10.0.0.0/8 also a block in 10.0.0.0/16 once an earlier block lies in"
                    + " 10.0.0.0/15)",
            Sources.VPC_CIDR_RESTRICTIONS),
    VPC_CIDR_AVOIDED_RANGE(
            Severity.WARNING, "a VPC CIDR block overlaps 172.17.0.0/16, which some AWS services use", Sources.VPC_CIDR),
    VPC_CIDR_CGNAT_PRIMARY(
            Severity.WARNING,
            "the primary VPC CIDR lies in 100.64.0.0/10, so no RFC 1918 block can be added later",
            Sources.VPC_CIDR_RESTRICTIONS),
    VPC_CIDR_PUBLIC_RANGE(
            Severity.INFO,
            "the primary VPC CIDR is publicly routable (outside RFC 1918 and 100.64.0.0/10)",
            Sources.VPC_CIDR),
    SUBNET_CIDR_MISSING(
            Severity.WARNING, "a subnet has no CIDR block, so the planner cannot check it", Sources.SUBNETS),
    SUBNET_CIDR_INVALID(
            Severity.ERROR, "a subnet CIDR block has host bits set or a prefix outside /16–/28", Sources.SUBNETS),
    SUBNET_OUTSIDE_VPC(Severity.ERROR, "a subnet CIDR block is not inside any VPC CIDR block", Sources.SUBNETS),
    SUBNET_OVERLAP(Severity.ERROR, "two subnets' CIDR blocks overlap", Sources.SUBNETS),
    SUBNET_ID_MALFORMED(
            Severity.WARNING,
            "a subnet id is not subnet- and 8 or 17 hex digits (e.g. a placeholder such as subnet-1234): eksctl never"
                    + " checks it, AWS will refuse it",
            Sources.SUBNET_ID),
    SUBNET_AZ_MISSING(Severity.WARNING, "a subnet has no Availability Zone", Sources.EKS_NETWORK),
    SUBNET_AZ_UNKNOWN(
            Severity.WARNING,
            "a subnet has no Availability Zone but AWS knows it (an id, or a CIDR in the VPC vpc.id names, or eksctl's"
                    + " subnets on an Outpost): eksctl looks the AZ up, the planner cannot, so the subnet counts in no"
                    + " AZ",
            Sources.EKSCTL_SUBNET_LOOKUP),
    SUBNET_AZ_COUNT(
            Severity.ERROR,
            "the control-plane subnets span fewer than 2 distinct Availability Zones",
            Sources.EKS_NETWORK),
    SUBNET_AZ_REGION(
            Severity.ERROR, "a subnet's Availability Zone is not in the cluster's region", Sources.EKS_NETWORK),
    SUBNET_LOCAL_ZONE(
            Severity.ERROR,
            "a control-plane subnet lies in a Local Zone or Wavelength Zone, where EKS places no network interfaces",
            Sources.EKS_LOCAL_ZONES),
    CONTROL_PLANE_SUBNET_UNKNOWN(
            Severity.ERROR,
            "controlPlaneSubnets names a subnet the topology does not have (ERROR), or one known only by its AWS id, as"
                    + " eksctl's controlPlaneSubnetIDs outside vpc.subnets import (WARNING)",
            Sources.EKS_NETWORK),
    SUBNET_TYPE_EGRESS(
            Severity.ERROR,
            "a PRIVATE subnet routes to an internet gateway, or a PUBLIC one does not",
            Sources.EKS_NETWORK),
    SUBNET_COUNT(
            Severity.ERROR,
            "exactly one public or exactly one private subnet: eksctl needs 0 or at least 2 of each kind",
            Sources.EKSCTL_SUBNETS),
    SUBNET_FREE_IPS(
            Severity.WARNING,
            "a control-plane subnet has fewer than 16 usable addresses (WARNING), or fewer than 6 free after the IP"
                    + " plan (ERROR)",
            Sources.EKS_NETWORK),
    SERVICE_CIDR_INVALID(
            Severity.ERROR,
            "the service CIDR is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, has host bits set, or has a"
                    + " prefix outside /12–/24; or is given for an IPv6 cluster (eksctl: \"service IPv4 CIDR is not"
                    + " supported with IPv6\")",
            Sources.SERVICE_CIDR),
    SERVICE_CIDR_OVERLAP(
            Severity.ERROR, "the service CIDR, given or predicted, overlaps a VPC CIDR block", Sources.SERVICE_CIDR),
    SERVICE_CIDR_PREDICTED(
            Severity.INFO,
            "no service CIDR is given for an IPv4 cluster: EKS picks 172.20.0.0/16 when the VPC has a block in 10.0.0.0/8, else"
                    + " 10.100.0.0/16",
            Sources.SERVICE_CIDR_DEFAULT),
    ENDPOINT_ACCESS_NONE(
            Severity.ERROR, "neither the public nor the private API endpoint is enabled", Sources.ENDPOINT),
    ENDPOINT_PRIVATE_ONLY(
            Severity.WARNING,
            "only the private API endpoint is enabled: kubectl, eksctl and CI must run inside the VPC",
            Sources.ENDPOINT),
    ENDPOINT_PRIVATE_DNS(
            Severity.ERROR,
            "the private API endpoint is enabled but the VPC lacks DNS hostnames or DNS support (WARNING when an existing"
                    + " VPC, vpc.id, leaves DNS hostnames unsaid)",
            Sources.ENDPOINT),
    ENDPOINT_PUBLIC_CIDRS(
            Severity.ERROR,
            "more than 40 public access CIDRs, or one lying wholly in a reserved range (0.0.0.0/8 other than"
                    + " 0.0.0.0/0, 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/4, 240.0.0.0/4)",
            Sources.ENDPOINT),
    ENDPOINT_PUBLIC_CIDRS_NODES(
            Severity.WARNING,
            "nodes reach a public-only API endpoint whose access CIDRs are restricted: they must include the nodes'"
                    + " egress addresses",
            Sources.ENDPOINT),
    NODE_EGRESS_MISSING(
            Severity.ERROR,
            "nodes in a subnet that reaches neither the internet (IGW/NAT) nor the VPC endpoints nodes need, or a"
                    + " public-only API endpoint without an internet route",
            Sources.PRIVATE_CLUSTERS),
    NODE_PUBLIC_IP_MISSING(
            Severity.ERROR,
            "nodes in a PUBLIC subnet that does not map public IPv4 addresses on launch",
            Sources.MANAGED_NODE_GROUPS),
    NODEGROUP_SIZE_ORDER(Severity.ERROR, "a node group's sizes are not min ≤ desired ≤ max", Sources.EKSCTL_VALIDATION),
    NODEGROUP_SUBNET_UNKNOWN(
            Severity.ERROR, "a node group names a subnet the topology does not have", Sources.EKSCTL_VALIDATION),
    NODEGROUP_SUBNETS_EMPTY(Severity.WARNING, "a node group names no subnets", Sources.EKSCTL_VALIDATION),
    NODEGROUP_SINGLE_AZ(
            Severity.WARNING,
            "all of a node group's subnets are in one Availability Zone",
            Sources.MANAGED_NODE_GROUPS),
    NODEGROUP_QUOTA(
            Severity.WARNING,
            "more than 450 nodes in a managed node group, or more than 30 managed node groups (EKS quotas)",
            Sources.QUOTAS),
    NODEGROUP_MAX_PODS(
            Severity.WARNING,
            "an explicit maxPods above EKS's cap for a managed node group (110, or 250 above 30 vCPUs)",
            Sources.MAX_PODS),
    CLUSTER_NODE_COUNT(
            Severity.WARNING,
            "more than 5,000 nodes at maximum size, past Kubernetes' tested limit",
            Sources.KUBERNETES_LARGE_CLUSTERS),
    INSTANCE_TYPE_UNKNOWN(
            Severity.ERROR, "a node group's instance type is not in the ENI limits catalogue", Sources.ENI_LIMITS),
    POD_CAPACITY_EXCEEDED(
            Severity.ERROR,
            "a workload's replicas cannot all be scheduled: its eligible nodes have no free pod slot (pods Pending)",
            Sources.MAX_PODS),
    SUBNET_IP_EXHAUSTED(
            Severity.ERROR,
            "the IP plan at desired sizes does not fit a subnet: pods stuck ContainerCreating or nodes without an"
                    + " address",
            Sources.CNI_TROUBLESHOOTING),
    SUBNET_IP_EXHAUSTED_AT_MAX(
            Severity.WARNING,
            "the IP plan fits a subnet at desired sizes but not with every node group at its maxSize",
            Sources.CNI_TROUBLESHOOTING),
    PREFIX_FRAGMENTED(
            Severity.ERROR,
            "prefix delegation needs a free aligned /28 in a subnet and none is left, though single addresses are"
                    + " (InsufficientCidrBlocks)",
            Sources.PREFIX_DELEGATION),
    INSTANCE_VCPUS_UNKNOWN(
            Severity.INFO,
            "a managed node group's instance type has no known vCPU count, so EKS's 110/250 max-pods cap cannot be"
                    + " applied",
            Sources.MAX_PODS),
    MAX_PODS_EXCEEDS_IPS(
            Severity.WARNING,
            "a node's kubelet max pods exceeds the pod addresses its ENIs can hold under the CNI settings (e.g. custom"
                    + " networking with the bootstrap's default max pods): the extra pods are scheduled and wait in"
                    + " ContainerCreating",
            Sources.NODE_BOOTSTRAP_MAX_PODS),
    POD_SUBNET_MISSING(
            Severity.ERROR,
            "custom networking is on but an AZ with nodes has no pod subnet (ENIConfig)",
            Sources.CUSTOM_NETWORKING),
    POD_SUBNET_AMBIGUOUS(
            Severity.WARNING,
            "custom networking is on and an AZ with nodes has several pod subnets; a node uses one ENIConfig",
            Sources.CUSTOM_NETWORKING),
    ELB_SUBNET_TAGS(
            Severity.WARNING,
            "there are LoadBalancer Services or Ingresses but no subnet carries kubernetes.io/role/elb or"
                    + " kubernetes.io/role/internal-elb, or a load balancer's scheme has no subnet tagged for it (a"
                    + " PUBLIC kubernetes.io/role/elb one for internet-facing, a PRIVATE kubernetes.io/role/internal-elb"
                    + " one for internal; the AWS Load Balancer Controller reads the tag only with the value \"\" or"
                    + " \"1\")",
            Sources.EKS_NETWORK),
    IPV6_NOT_MODELLED(
            Severity.WARNING,
            "the cluster is IPv6 (ipFamily IPv6): pods and Services get IPv6 addresses, which the planner does not"
                    + " plan; its IP plan and address findings count IPv4 only",
            Sources.EKS_IPV6),
    OUTPOST_MANAGED_NODEGROUP(
            Severity.ERROR,
            "a managed node group in a cluster whose control plane is on AWS Outposts",
            Sources.EKSCTL_OUTPOSTS),
    OUTPOST_ENDPOINT_ACCESS(
            Severity.ERROR,
            "a control plane on AWS Outposts with the public endpoint on, the private endpoint off, or public access"
                    + " CIDRs: Outposts clusters are private-endpoint only",
            Sources.EKSCTL_OUTPOSTS),
    OUTPOST_IPV6(Severity.ERROR, "an IPv6 cluster whose control plane is on AWS Outposts", Sources.EKSCTL_OUTPOSTS),
    OUTPOST_SUBNETS(
            Severity.ERROR,
            "a control plane on AWS Outposts with no subnet, or with control-plane subnets in more than one AZ (all must"
                    + " be on the Outpost, which sits in one AZ)",
            Sources.EKSCTL_OUTPOSTS),
    LB_NODEPORT_REQUIRED(
            Severity.ERROR,
            "instance targets for a backend Service port that has no NodePort (a ClusterIP Service, or a LoadBalancer"
                    + " Service with allocateLoadBalancerNodePorts: false that gives the port none): the controller"
                    + " fails the load balancer's model",
            Sources.LBC_TARGET_TYPE),
    ALB_SUBNET_AZ_COUNT(
            Severity.ERROR,
            "an ALB would get subnets in fewer than 2 Availability Zones (none, in a Local or Wavelength Zone), so the"
                    + " controller does not create it",
            Sources.LBC_SUBNET_DISCOVERY),
    INGRESS_GROUP_NAME_INVALID(
            Severity.ERROR,
            "an IngressGroup name is not a lower-case DNS-like name of at most 63 characters, so the Ingress joins no"
                    + " group and gets no ALB",
            Sources.LBC_INGRESS_GROUP),
    INGRESS_GROUP_ORDER_INVALID(
            Severity.ERROR,
            "an Ingress's group.order is not an integer in [-1000, 1000], so its whole IngressGroup gets no ALB",
            Sources.LBC_INGRESS_GROUP),
    INGRESS_GROUP_CONFLICT(
            Severity.ERROR,
            "the Ingresses of one IngressGroup disagree on a group-wide setting (scheme, IP address type, name,"
                    + " subnets, a listen port's protocol) or define more than one default backend on a port",
            Sources.LBC_INGRESS_GROUP),
    INGRESS_CLASS_UNKNOWN(
            Severity.ERROR, "an Ingress names an IngressClass that does not exist", Sources.LBC_INGRESS_CLASS),
    INGRESS_CLASS_PARAMS_UNKNOWN(
            Severity.ERROR,
            "an Ingress's IngressClass names IngressClassParams that do not exist (or parameters of another kind):"
                    + " the webhook admits the Ingress, and the controller silently leaves it out of every IngressGroup,"
                    + " so it gets no ALB",
            Sources.LBC_INGRESS_CLASS),
    INGRESS_BACKEND_MISSING(
            Severity.WARNING,
            "an Ingress routes to a Service that does not exist (a forward to that one Service; one the apiserver"
                    + " refused for a full NodePort range does not exist either), or to an actions.<name> annotation"
                    + " it does not have: the ALB answers those requests with a fixed 503",
            Sources.LBC_INGRESS_SPEC),
    LB_BUILD_FAILED(
            Severity.ERROR,
            "the controller cannot build a load balancer's model: one member's field (an unparsable annotation,"
                    + " instance targets on a ClusterIP backend, two default IngressClasses) fails the whole"
                    + " IngressGroup or the Service's NLB, so nothing is deployed",
            Sources.LBC_MODEL_BUILD),
    INGRESS_REJECTED(
            Severity.ERROR,
            "the controller's validating webhook refuses an Ingress (a conditions.<name> annotation that is no JSON"
                    + " list of valid conditions), so it is never created and joins no IngressGroup",
            Sources.LBC_INGRESS_WEBHOOK),
    ALB_CERTIFICATES_DISCOVERED(
            Severity.INFO,
            "an HTTPS listener of an Ingress without certificate-arn takes the ACM certificates the controller"
                    + " discovers for the Ingress's rule and tls hosts; the plan assumes one is found for each host",
            Sources.LBC_CERT_DISCOVERY),
    INGRESS_TLS_IGNORED(
            Severity.WARNING,
            "an Ingress has a tls section but no HTTPS listen port: the controller does not read tls for listen"
                    + " ports, so the ALB serves only plain HTTP",
            Sources.LBC_CERT_DISCOVERY),
    NLB_PORT_DROPPED(
            Severity.WARNING,
            "a Service gives the controller's NLB two ports of one number (TCP and UDP) while TCP_UDP listeners are off"
                    + " (the default): the first port's listener is built and the other is silently dropped",
            Sources.LBC_MODEL_BUILD),
    LEGACY_PORT_IGNORED(
            Severity.WARNING,
            "a LoadBalancer Service of the legacy cloud provider has a port without a NodePort"
                    + " (allocateLoadBalancerNodePorts: false and no nodePort given): the provider skips the port, so"
                    + " its load balancer gets no listener for it, and none at all when every port is so",
            Sources.CLOUD_PROVIDER_AWS),
    NODEPORT_RANGE_EXHAUSTED(
            Severity.ERROR,
            "the NodePort range 30000-32767 (2,768 ports) holds no port a NodePort or LoadBalancer Service needs:"
                    + " the apiserver refuses to create it (range is full), so it does not exist and gets no load"
                    + " balancer; the finding names the first Service refused, of either type, even when no load"
                    + " balancer is planned",
            Sources.KUBERNETES_NODE_PORTS),
    GATEWAY_CLASS_UNKNOWN(
            Severity.ERROR,
            "a Gateway names a GatewayClass the topology does not have, so no controller builds it",
            Sources.LBC_GATEWAY),
    GATEWAY_LISTENER_INVALID(
            Severity.ERROR,
            "a Gateway or ListenerSet listener the controller refuses (an L4 protocol on an ALB Gateway or an L7 one"
                    + " on an NLB Gateway, a route kind it cannot serve, a protocol or hostname conflict on a port):"
                    + " the listener gets no ELB listener and no route attaches to it",
            Sources.LBC_GATEWAY),
    GATEWAY_ROUTE_NOT_ACCEPTED(
            Severity.WARNING,
            "a route's parentRef names a Gateway the controller serves but no listener takes it (Accepted false:"
                    + " NotAllowedByListeners, NoMatchingListenerHostname, NoMatchingParent, IncompatibleFilters)",
            Sources.LBC_GATEWAY),
    GATEWAY_ROUTE_REFS_UNRESOLVED(
            Severity.WARNING,
            "an attached route's backendRef cannot be resolved (ResolvedRefs false: RefNotPermitted without a"
                    + " ReferenceGrant, BackendNotFound, also for a Service the apiserver refused for a full NodePort"
                    + " range, InvalidKind): the backend is left out of its rule",
            Sources.LBC_GATEWAY);

    private final Severity severity;
    private final String trigger;
    private final String source;

    FindingCode(Severity severity, String trigger, String source) {
        this.severity = severity;
        this.trigger = trigger;
        this.source = source;
    }

    /** The severity findings of this code usually have. */
    public Severity severity() {
        return severity;
    }

    /** What triggers the code, in one sentence. */
    public String trigger() {
        return trigger;
    }

    /** The public source of the rule. */
    public String source() {
        return source;
    }

    /** The public sources the rules cite (see docs/reference in the design notes for the exact passages). */
    static final class Sources {

        static final String EKS_NETWORK = "Amazon EKS User Guide, VPC and subnet requirements"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html)";
        static final String EKS_LOCAL_ZONES =
                "Amazon EKS User Guide, Local Zones (https://docs.aws.amazon.com/eks/latest/userguide/local-zones.html)";
        static final String VPC_CIDR = "Amazon VPC User Guide, VPC CIDR blocks"
                + " (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html)";
        static final String VPC_CIDR_RESTRICTIONS = "Amazon VPC User Guide, IPv4 CIDR block association restrictions"
                + " (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html#add-cidr-block-restrictions)";
        static final String SUBNETS = "Amazon VPC User Guide, Subnet CIDR blocks"
                + " (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html); EC2 API CreateSubnet";
        static final String SERVICE_CIDR = "Amazon EKS API, KubernetesNetworkConfigRequest.serviceIpv4Cidr"
                + " (https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html)";
        static final String SERVICE_CIDR_DEFAULT = "Amazon EKS API serviceIpv4Cidr; amazon-eks-ami files/bootstrap.sh"
                + " (DNS_CLUSTER_IP: 172.20.0.10 when a VPC block starts with 10., else 10.100.0.10)";
        static final String ENDPOINT = "Amazon EKS User Guide, Cluster API server endpoint"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html); EKS API VpcConfigRequest";
        static final String PRIVATE_CLUSTERS = "Amazon EKS User Guide, Private clusters"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html) and VPC and subnet"
                + " requirements (https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html)";
        static final String MANAGED_NODE_GROUPS = "Amazon EKS User Guide, Managed node groups"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html)";
        static final String EKSCTL_VALIDATION =
                "eksctl pkg/apis/eksctl.io/v1alpha5/validation.go and pkg/vpc/vpc.go (github.com/eksctl-io/eksctl)";
        static final String EKSCTL_SUBNETS =
                "eksctl pkg/apis/eksctl.io/v1alpha5/vpc.go HasSufficientSubnets (github.com/eksctl-io/eksctl)";
        static final String EKSCTL_SUBNET_LOOKUP = "eksctl pkg/vpc/vpc.go importSubnetsForTopology and describeSubnets,"
                + " pkg/ctl/create/cluster.go (the Outpost's AZ from GetOutpost) (github.com/eksctl-io/eksctl commit"
                + " 99984adb)";
        static final String EKS_IPV6 = "Amazon EKS User Guide, IPv6 addresses for clusters, Pods and Services"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html)";
        static final String EKSCTL_OUTPOSTS = "eksctl pkg/apis/eksctl.io/v1alpha5/validation.go ValidateClusterConfig,"
                + " pkg/ctl/cmdutils/configfile.go, pkg/apis/eksctl.io/v1alpha5/vpc.go HasSufficientSubnets"
                + " (github.com/eksctl-io/eksctl commit 99984adb); Amazon EKS User Guide, local clusters on Outposts"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-vpc-subnet-requirements.html)";
        static final String QUOTAS = "Amazon EKS User Guide, Service quotas"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html)";
        static final String MAX_PODS = "Amazon EKS User Guide, Amazon VPC CNI / choosing an instance type"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html)";
        static final String NODE_BOOTSTRAP_MAX_PODS = "amazon-eks-ami nodeadm/internal/kubelet/eni_max_pods.go"
                + " CalcMaxPods (github.com/awslabs/amazon-eks-ami); Amazon VPC CNI issues #331 and #3238"
                + " (github.com/aws/amazon-vpc-cni-k8s)";
        static final String SUBNET_ID = "Amazon EC2 API, Subnet.SubnetId"
                + " (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html); eksctl"
                + " pkg/apis/eksctl.io/v1alpha5/validation.go does not check the id's syntax";
        static final String KUBERNETES_LARGE_CLUSTERS = "Kubernetes, Considerations for large clusters"
                + " (https://kubernetes.io/docs/setup/best-practices/cluster-large/)";
        static final String CNI_TROUBLESHOOTING = "Amazon VPC CNI docs/troubleshooting.md and ipamd"
                + " (github.com/aws/amazon-vpc-cni-k8s): pods stuck in ContainerCreating when the subnet has no free"
                + " address";
        static final String PREFIX_DELEGATION = "Amazon EKS User Guide, Assign more IP addresses with prefixes"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html); EKS best"
                + " practices, prefix mode";
        static final String CUSTOM_NETWORKING = "Amazon EKS User Guide, Custom networking"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html); VPC CNI"
                + " AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG";
        static final String ENI_LIMITS = "Amazon VPC CNI pkg/vpc/vpc_ip_resource_limit.go"
                + " (github.com/aws/amazon-vpc-cni-k8s), the planner's catalog/eni-limits.tsv";

        static final String LBC_TARGET_TYPE = "AWS Load Balancer Controller, Ingress annotations, target-type"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type);"
                + " pkg/ingress/model_build_target_group.go, pkg/service/model_build_target_group.go"
                + " (github.com/kubernetes-sigs/aws-load-balancer-controller)";
        static final String LBC_SUBNET_DISCOVERY = "AWS Load Balancer Controller, Subnet auto-discovery"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/);"
                + " pkg/networking/subnet_resolver.go (github.com/kubernetes-sigs/aws-load-balancer-controller)";
        static final String LBC_INGRESS_GROUP = "AWS Load Balancer Controller, Ingress annotations, IngressGroup"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup);"
                + " pkg/ingress/group_loader.go (github.com/kubernetes-sigs/aws-load-balancer-controller)";
        static final String LBC_INGRESS_CLASS = "AWS Load Balancer Controller, IngressClass"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/);"
                + " pkg/ingress/class_loader.go (github.com/kubernetes-sigs/aws-load-balancer-controller)";
        static final String LBC_INGRESS_SPEC = "AWS Load Balancer Controller, Ingress specification"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/spec/);"
                + " --tolerate-non-existent-backend-service, pkg/ingress/enhanced_backend_builder.go";

        static final String LBC_MODEL_BUILD = "AWS Load Balancer Controller, IngressGroup"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup);"
                + " pkg/ingress/model_builder.go, pkg/service/model_builder.go"
                + " (github.com/kubernetes-sigs/aws-load-balancer-controller v3.5.0)";

        static final String LBC_INGRESS_WEBHOOK = "AWS Load Balancer Controller, Ingress annotations, conditions"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#conditions);"
                + " webhooks/networking/ingress_validator.go (github.com/kubernetes-sigs/aws-load-balancer-controller"
                + " v3.5.0)";

        static final String LBC_CERT_DISCOVERY = "AWS Load Balancer Controller, Certificate Discovery"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/cert_discovery/);"
                + " pkg/ingress/model_build_listener.go, pkg/certs/cert_discovery.go"
                + " (github.com/kubernetes-sigs/aws-load-balancer-controller v3.5.0)";

        static final String CLOUD_PROVIDER_AWS = "cloud-provider-aws pkg/providers/v1/aws.go EnsureLoadBalancer"
                + " (\"Ignoring port without NodePort defined\") (github.com/kubernetes/cloud-provider-aws commit"
                + " 63ec440c)";
        static final String KUBERNETES_NODE_PORTS = "Kubernetes, Service, type NodePort"
                + " (https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport);"
                + " pkg/registry/core/service/portallocator/allocator.go, pkg/registry/core/service/storage/alloc.go"
                + " (github.com/kubernetes/kubernetes)";
        static final String LBC_GATEWAY = "AWS Load Balancer Controller, Gateway API"
                + " (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/gateway/gateway/);"
                + " pkg/gateway/routeutils, controllers/gateway/gateway_controller.go"
                + " (github.com/kubernetes-sigs/aws-load-balancer-controller v3.5.0)";

        private Sources() {}
    }
}
