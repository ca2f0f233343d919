package io.eksplanner.topology.web;

import static io.eksplanner.common.NameRule.AWS_TAG_KEY;
import static io.eksplanner.common.NameRule.AWS_TAG_VALUE;
import static io.eksplanner.common.NameRule.AWS_ZONE;
import static io.eksplanner.common.NameRule.DNS1035_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;
import static io.eksplanner.common.NameRule.EKS_CLUSTER;
import static io.eksplanner.common.NameRule.EKS_RESOURCE;
import static io.eksplanner.common.NameRule.LABEL_VALUE;
import static io.eksplanner.common.NameRule.PORT_NAME;
import static io.eksplanner.common.NameRule.QUALIFIED_KEY;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.model.WorkloadKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A whole cluster topology as one JSON document (domain-rules §1): the body that creates, replaces, exports and
 * plans a cluster. Only {@code name} is required; an omitted scalar stays null and an omitted collection reads
 * back empty.
 */
@Schema(description = "A whole EKS cluster topology (domain-rules §1). Only name is required.")
@UniqueNames
public record TopologyDocument(
        @NotNull @ValidName(EKS_CLUSTER) @Schema(example = "demo")
        String name,

        @ValidName(AWS_ZONE) @Schema(example = "ap-northeast-2")
        String region,

        @Pattern(regexp = "\\d+\\.\\d+", message = "must be a Kubernetes minor version such as 1.33")
        @Schema(example = "1.33")
        String kubernetesVersion,

        @Valid VpcSpec vpc,

        @ValidCidr @Schema(description = "null = EKS picks its default, which the planner predicts")
        String serviceIpv4Cidr,

        @Valid EndpointAccessSpec endpointAccess,

        @Schema(description = "subnet names; empty = every subnet that is not a pod subnet")
        List<@NotNull @ValidName(EKS_RESOURCE) String> controlPlaneSubnets,

        @Valid CniSpec cni,
        @Valid LoadBalancingSpec loadBalancing,
        @Size(max = 1000) List<@NotNull @Valid SubnetSpec> subnets,
        @Size(max = 1000) List<@NotNull @Valid NodeGroupSpec> nodeGroups,
        @Size(max = 10000) List<@NotNull @Valid WorkloadSpec> workloads,
        @Size(max = 10000) List<@NotNull @Valid ServiceSpec> services,
        @Size(max = 10000) List<@NotNull @Valid IngressSpec> ingresses,
        @Size(max = 1000) List<@NotNull @Valid IngressClassSpec> ingressClasses) {

    /** This document as the immutable snapshot the planning engines read; call it on a well-formed document. */
    public ClusterTopology toTopology() {
        return new ClusterTopology(
                name,
                region,
                kubernetesVersion,
                vpc == null ? null : vpc.toModel(),
                cidr(serviceIpv4Cidr),
                endpointAccess == null ? null : endpointAccess.toModel(),
                controlPlaneSubnets,
                cni == null ? null : cni.toModel(),
                loadBalancing == null ? null : loadBalancing.toModel(),
                map(subnets, SubnetSpec::toModel),
                map(nodeGroups, NodeGroupSpec::toModel),
                map(workloads, WorkloadSpec::toModel),
                map(services, ServiceSpec::toModel),
                map(ingresses, IngressSpec::toModel),
                map(ingressClasses, IngressClassSpec::toModel));
    }

    private static Ipv4Cidr cidr(String text) {
        return text == null ? null : Ipv4Cidr.parse(text);
    }

    private static <S, T> List<T> map(List<S> specs, Function<S, T> mapper) {
        return specs == null ? List.of() : specs.stream().map(mapper).toList();
    }

    private static ClusterTopology.PortRef port(PortReference reference) {
        return reference == null ? null : new ClusterTopology.PortRef(reference.number(), reference.name());
    }

    /** The cluster's VPC: CIDR blocks (primary first), DNS attributes and the VPC endpoints present. */
    public record VpcSpec(
            @Size(max = 50) List<@NotNull @ValidCidr String> cidrBlocks,
            Boolean enableDnsHostnames,
            Boolean enableDnsSupport,

            @Schema(description = "VPC endpoint service short names, e.g. ec2, ecr.api, ecr.dkr, s3, sts")
            List<
                            @NotNull
                            @Pattern(
                                    regexp = "[a-z0-9][a-z0-9.-]{0,62}",
                                    message = "must be a VPC endpoint" + " service short name such as ecr.api")
                            String>
                    endpoints) {
        ClusterTopology.Vpc toModel() {
            return new ClusterTopology.Vpc(
                    map(cidrBlocks, TopologyDocument::cidr), enableDnsHostnames, enableDnsSupport, endpoints);
        }
    }

    /** Who can reach the cluster's Kubernetes API endpoint. */
    public record EndpointAccessSpec(
            Boolean publicAccess, Boolean privateAccess, List<@NotNull @ValidCidr String> publicAccessCidrs) {
        ClusterTopology.EndpointAccess toModel() {
            return new ClusterTopology.EndpointAccess(
                    publicAccess, privateAccess, map(publicAccessCidrs, TopologyDocument::cidr));
        }
    }

    /** Amazon VPC CNI settings; null means the CNI's default. */
    public record CniSpec(
            Boolean prefixDelegation,
            @PositiveOrZero Integer warmEniTarget,
            @PositiveOrZero Integer warmIpTarget,
            @PositiveOrZero Integer minimumIpTarget,
            @PositiveOrZero Integer warmPrefixTarget,
            Boolean customNetworking,
            Boolean podSecurityGroups,
            Boolean subnetDiscovery) {
        ClusterTopology.Cni toModel() {
            return new ClusterTopology.Cni(
                    prefixDelegation,
                    warmEniTarget,
                    warmIpTarget,
                    minimumIpTarget,
                    warmPrefixTarget,
                    customNetworking,
                    podSecurityGroups,
                    subnetDiscovery);
        }
    }

    /** Which load-balancer controllers run in the cluster (domain-rules §4). */
    public record LoadBalancingSpec(LoadBalancerController controller, Boolean serviceMutatorWebhook) {
        ClusterTopology.LoadBalancing toModel() {
            return new ClusterTopology.LoadBalancing(controller, serviceMutatorWebhook);
        }
    }

    /** A VPC subnet in one Availability Zone. */
    public record SubnetSpec(
            @NotNull @ValidName(EKS_RESOURCE) @Schema(example = "public-a")
            String name,

            @Pattern(
                    regexp = "subnet-[0-9a-f]{8}([0-9a-f]{9})?",
                    message = "must be an AWS subnet id such as" + " subnet-0123456789abcdef0")
            String id,

            @ValidCidr @Schema(example = "192.168.0.0/19") String cidr,

            @ValidName(AWS_ZONE) @Schema(example = "ap-northeast-2a")
            String availabilityZone,

            SubnetType type,
            Egress egress,
            Boolean mapPublicIpOnLaunch,
            Map<@NotNull @ValidName(AWS_TAG_KEY) String, @NotNull @ValidName(AWS_TAG_VALUE) String> tags,

            @Schema(description = "true = an ENIConfig pod subnet for custom networking")
            Boolean podSubnet) {
        ClusterTopology.Subnet toModel() {
            return new ClusterTopology.Subnet(
                    name,
                    id,
                    TopologyDocument.cidr(cidr),
                    availabilityZone,
                    type,
                    egress,
                    mapPublicIpOnLaunch,
                    tags,
                    podSubnet);
        }
    }

    /** A group of EC2 nodes of one instance type. */
    public record NodeGroupSpec(
            @NotNull @ValidName(EKS_RESOURCE) @Schema(example = "ng-1")
            String name,

            @Pattern(regexp = "[a-z0-9-]+\\.[a-z0-9-]+", message = "must be an EC2 instance type such as m5.large")
            @Schema(example = "m5.large")
            String instanceType,

            @PositiveOrZero Integer desiredSize,
            @PositiveOrZero Integer minSize,
            @PositiveOrZero Integer maxSize,
            @Schema(description = "subnet names, in order") List<@NotNull @ValidName(EKS_RESOURCE) String> subnets,
            Boolean managed,

            @PositiveOrZero @Schema(description = "explicit kubelet max-pods")
            Integer maxPods) {
        ClusterTopology.NodeGroup toModel() {
            return new ClusterTopology.NodeGroup(
                    name, instanceType, desiredSize, minSize, maxSize, subnets, managed, maxPods);
        }
    }

    /** A Kubernetes workload whose pods the planner schedules. */
    public record WorkloadSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "my-nginx")
            String name,

            @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
            String namespace,

            WorkloadKind kind,
            @PositiveOrZero Integer replicas,
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @ValidName(LABEL_VALUE) String> labels,
            List<@NotNull @Valid ContainerPortSpec> ports,
            Placement placement,
            List<@NotNull @ValidName(EKS_RESOURCE) String> nodeGroups,
            Boolean hostNetwork,
            Boolean podSecurityGroup) {
        ClusterTopology.Workload toModel() {
            return new ClusterTopology.Workload(
                    name,
                    namespace,
                    kind,
                    replicas,
                    labels,
                    map(ports, ContainerPortSpec::toModel),
                    placement,
                    nodeGroups,
                    hostNetwork,
                    podSecurityGroup);
        }
    }

    /** A container port a workload exposes. */
    public record ContainerPortSpec(
            @ValidName(PORT_NAME) String name,
            @NotNull @Min(1) @Max(65535) Integer containerPort,
            Protocol protocol) {
        ClusterTopology.ContainerPort toModel() {
            return new ClusterTopology.ContainerPort(name, containerPort, protocol);
        }
    }

    /** A Kubernetes Service. */
    public record ServiceSpec(
            @NotNull @ValidName(DNS1035_LABEL) @Schema(example = "my-nginx")
            String name,

            @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
            String namespace,

            ServiceType type,
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @ValidName(LABEL_VALUE) String> selector,
            List<@NotNull @Valid ServicePortSpec> ports,
            ExternalTrafficPolicy externalTrafficPolicy,

            @Min(30000) @Max(32767) @Schema(description = "null = allocated")
            Integer healthCheckNodePort,

            @Size(max = 316) String loadBalancerClass,
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations) {
        ClusterTopology.Service toModel() {
            return new ClusterTopology.Service(
                    name,
                    namespace,
                    type,
                    selector,
                    map(ports, ServicePortSpec::toModel),
                    externalTrafficPolicy,
                    healthCheckNodePort,
                    loadBalancerClass,
                    annotations);
        }
    }

    /** A port of a Kubernetes Service. */
    public record ServicePortSpec(
            @ValidName(PORT_NAME) String name,
            @NotNull @Min(1) @Max(65535) Integer port,

            @ValidPortReference @Schema(description = "a number or a container port name", example = "80")
            PortReference targetPort,

            @Min(30000) @Max(32767) @Schema(description = "null = allocated")
            Integer nodePort,

            Protocol protocol) {
        ClusterTopology.ServicePort toModel() {
            return new ClusterTopology.ServicePort(name, port, TopologyDocument.port(targetPort), nodePort, protocol);
        }
    }

    /** A Kubernetes Ingress (networking.k8s.io/v1). */
    public record IngressSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "web")
            String name,

            @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
            String namespace,

            @ValidName(DNS1123_SUBDOMAIN) String ingressClassName,
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations,
            List<@NotNull @Valid IngressRuleSpec> rules,
            @Valid IngressBackendSpec defaultBackend) {
        ClusterTopology.Ingress toModel() {
            return new ClusterTopology.Ingress(
                    name,
                    namespace,
                    ingressClassName,
                    annotations,
                    map(rules, IngressRuleSpec::toModel),
                    defaultBackend == null ? null : defaultBackend.toModel());
        }
    }

    /** An Ingress rule: an optional host and its paths. */
    public record IngressRuleSpec(
            @Pattern(
                    regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                    message = "must be a DNS name, optionally starting with '*.'")
            @Size(max = 253)
            String host,

            List<@NotNull @Valid IngressPathSpec> paths) {
        ClusterTopology.IngressRule toModel() {
            return new ClusterTopology.IngressRule(host, map(paths, IngressPathSpec::toModel));
        }
    }

    /** An Ingress path and the Service port it routes to. */
    public record IngressPathSpec(
            @Pattern(regexp = "/.*", message = "must start with '/'")
            String path,

            PathType pathType,
            @NotNull @ValidName(DNS1035_LABEL) String serviceName,
            @NotNull @ValidPortReference PortReference servicePort) {
        ClusterTopology.IngressPath toModel() {
            return new ClusterTopology.IngressPath(path, pathType, serviceName, port(servicePort));
        }
    }

    /** The Service port that gets requests no rule matches. */
    public record IngressBackendSpec(
            @NotNull @ValidName(DNS1035_LABEL) String serviceName,
            @NotNull @ValidPortReference PortReference servicePort) {
        ClusterTopology.IngressBackend toModel() {
            return new ClusterTopology.IngressBackend(serviceName, port(servicePort));
        }
    }

    /** A Kubernetes IngressClass and the IngressClassParams fields that matter to routing. */
    public record IngressClassSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "alb")
            String name,

            @Size(max = 253) @Schema(example = "ingress.k8s.aws/alb")
            String controller,

            Boolean isDefault,
            @Valid IngressClassParametersSpec parameters) {
        ClusterTopology.IngressClass toModel() {
            return new ClusterTopology.IngressClass(
                    name, controller, isDefault, parameters == null ? null : parameters.toModel());
        }
    }

    /** IngressClassParams settings: scheme, IngressGroup name and IP address type. */
    public record IngressClassParametersSpec(
            @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
            String scheme,

            @Size(max = 253) @Schema(description = "IngressGroup name (IngressClassParams spec.group.name)")
            String group,

            @Pattern(
                    regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                    message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
            String ipAddressType) {
        ClusterTopology.IngressClassParameters toModel() {
            return new ClusterTopology.IngressClassParameters(scheme, group, ipAddressType);
        }
    }
}
