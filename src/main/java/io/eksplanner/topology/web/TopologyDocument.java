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

import io.eksplanner.topology.Egress;
import io.eksplanner.topology.ExternalTrafficPolicy;
import io.eksplanner.topology.LoadBalancerController;
import io.eksplanner.topology.PathType;
import io.eksplanner.topology.Placement;
import io.eksplanner.topology.Protocol;
import io.eksplanner.topology.ServiceType;
import io.eksplanner.topology.SubnetType;
import io.eksplanner.topology.WorkloadKind;
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

    /** The cluster's VPC: CIDR blocks (primary first), DNS attributes and the VPC endpoints present. */
    public record VpcSpec(
            @Size(max = 5) List<@NotNull @ValidCidr String> cidrBlocks,
            Boolean enableDnsHostnames,
            Boolean enableDnsSupport,

            @Schema(description = "VPC endpoint service short names, e.g. ec2, ecr.api, ecr.dkr, s3, sts")
            List<
                            @NotNull
                            @Pattern(
                                    regexp = "[a-z0-9][a-z0-9.-]{0,62}",
                                    message = "must be a VPC endpoint" + " service short name such as ecr.api")
                            String>
                    endpoints) {}

    /** Who can reach the cluster's Kubernetes API endpoint. */
    public record EndpointAccessSpec(
            Boolean publicAccess, Boolean privateAccess, List<@NotNull @ValidCidr String> publicAccessCidrs) {}

    /** Amazon VPC CNI settings; null means the CNI's default. */
    public record CniSpec(
            Boolean prefixDelegation,
            @PositiveOrZero Integer warmEniTarget,
            @PositiveOrZero Integer warmIpTarget,
            @PositiveOrZero Integer minimumIpTarget,
            @PositiveOrZero Integer warmPrefixTarget,
            Boolean customNetworking,
            Boolean podSecurityGroups,
            Boolean subnetDiscovery) {}

    /** Which load-balancer controllers run in the cluster (domain-rules §4). */
    public record LoadBalancingSpec(LoadBalancerController controller, Boolean serviceMutatorWebhook) {}

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
            Boolean podSubnet) {}

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
            Integer maxPods) {}

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
            Boolean podSecurityGroup) {}

    /** A container port a workload exposes. */
    public record ContainerPortSpec(
            @ValidName(PORT_NAME) String name,
            @NotNull @Min(1) @Max(65535) Integer containerPort,
            Protocol protocol) {}

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
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations) {}

    /** A port of a Kubernetes Service. */
    public record ServicePortSpec(
            @ValidName(PORT_NAME) String name,
            @NotNull @Min(1) @Max(65535) Integer port,

            @ValidPortReference @Schema(description = "a number or a container port name", example = "80")
            PortReference targetPort,

            @Min(30000) @Max(32767) @Schema(description = "null = allocated")
            Integer nodePort,

            Protocol protocol) {}

    /** A Kubernetes Ingress (networking.k8s.io/v1). */
    public record IngressSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "web")
            String name,

            @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
            String namespace,

            @ValidName(DNS1123_SUBDOMAIN) String ingressClassName,
            Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations,
            List<@NotNull @Valid IngressRuleSpec> rules,
            @Valid IngressBackendSpec defaultBackend) {}

    /** An Ingress rule: an optional host and its paths. */
    public record IngressRuleSpec(
            @Pattern(
                    regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                    message = "must be a DNS name, optionally starting with '*.'")
            @Size(max = 253)
            String host,

            List<@NotNull @Valid IngressPathSpec> paths) {}

    /** An Ingress path and the Service port it routes to. */
    public record IngressPathSpec(
            @Pattern(regexp = "/.*", message = "must start with '/'")
            String path,

            PathType pathType,
            @NotNull @ValidName(DNS1035_LABEL) String serviceName,
            @NotNull @ValidPortReference PortReference servicePort) {}

    /** The Service port that gets requests no rule matches. */
    public record IngressBackendSpec(
            @NotNull @ValidName(DNS1035_LABEL) String serviceName,
            @NotNull @ValidPortReference PortReference servicePort) {}

    /** A Kubernetes IngressClass and the IngressClassParams fields that matter to routing. */
    public record IngressClassSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "alb")
            String name,

            @Size(max = 253) @Schema(example = "ingress.k8s.aws/alb")
            String controller,

            Boolean isDefault,
            @Valid IngressClassParametersSpec parameters) {}

    /** IngressClassParams settings: scheme, IngressGroup name and IP address type. */
    public record IngressClassParametersSpec(
            @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
            String scheme,

            @Size(max = 253) @Schema(description = "IngressGroup name (IngressClassParams spec.group.name)")
            String group,

            @Pattern(
                    regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                    message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
            String ipAddressType) {}
}
