package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.AWS_ZONE;
import static io.eksplanner.common.NameRule.EKS_CLUSTER;
import static io.eksplanner.common.NameRule.EKS_RESOURCE;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whole cluster topology as one JSON document (src/docs/domain-rules.md §1): the body that creates, replaces, exports
 * and plans a cluster. Only {@code name} is required; an omitted scalar stays null and an omitted collection reads back
 * empty. Public: {@code importing}, {@code importing.eksctl}, {@code importing.manifests}, {@code importing.web},
 * {@code planning.web}, {@code topology} and {@code topology.web} use it.
 */
@Schema(
        name = "TopologyDocument",
        description = "A whole EKS cluster topology (src/docs/domain-rules.md §1). Only name is required.")
@UniqueNames
public record TopologyDocument(
        @NotNull
        @ValidName(EKS_CLUSTER)
        @Schema(
                description =
                        "the cluster's name as EKS allows it: letters, digits, - and _, starting with a letter or digit, at most 100; unique among stored clusters; required",
                example = "demo")
        String name,

        @ValidName(AWS_ZONE)
        @Schema(
                description =
                        "the AWS Region, e.g. ap-northeast-2; every subnet's availabilityZone must lie in it (SUBNET_AZ_REGION); null = not checked",
                example = "ap-northeast-2")
        String region,

        @Pattern(regexp = "\\d+\\.\\d+", message = "must be a Kubernetes minor version such as 1.33")
        @Size(max = 16)
        @Schema(
                description = "the Kubernetes minor version, digits.digits such as 1.33; null = not given",
                example = "1.33")
        String kubernetesVersion,

        @Valid VpcSpec vpc,

        @ValidCidr @Schema(description = "null = EKS picks its default, which the planner predicts")
        String serviceIpv4Cidr,

        @Valid EndpointAccessSpec endpointAccess,

        @Schema(description = "subnet names; empty = every subnet that is not a pod subnet")
        List<@NotNull @ValidName(EKS_RESOURCE) String> controlPlaneSubnets,

        @Valid CniSpec cni,
        @Valid LoadBalancingSpec loadBalancing,

        @Schema(
                description =
                        "the VPC's subnets, in the order given (node groups are placed over theirs in that order); names unique; at most 1,000")
        @Size(max = 1000)
        List<@NotNull @Valid SubnetSpec> subnets,

        @Schema(description = "the EC2 node groups, planned in the order given; names unique; at most 1,000")
        @Size(max = 1000)
        List<@NotNull @Valid NodeGroupSpec> nodeGroups,

        @Schema(
                description =
                        "the pods to schedule, keyed by namespace and name; DaemonSets are scheduled first, then the rest in the order given; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid WorkloadSpec> workloads,

        @Schema(
                description =
                        "the Kubernetes Services, keyed by namespace and name; each of type LoadBalancer gets a load balancer; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid ServiceSpec> services,

        @Schema(
                description =
                        "the Kubernetes Ingresses, keyed by namespace and name, grouped into ALBs by IngressGroup; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid IngressSpec> ingresses,

        @Schema(
                description =
                        "the IngressClasses; under the AWS Load Balancer Controller a class alb exists unless one of that name is given; at most 1,000")
        @Size(max = 1000)
        List<@NotNull @Valid IngressClassSpec> ingressClasses,

        @Pattern(regexp = "IPv4|IPv6", message = "must be IPv4 or IPv6")
        @Schema(
                description = "eksctl's kubernetesNetworkConfig.ipFamily; null = IPv4. IPv6 is stored and reported as"
                        + " IPV6_NOT_MODELLED: the plans stay IPv4",
                example = "IPv4")
        String ipFamily,

        @Valid OutpostSpec outpost,

        @Schema(description = "Gateway API GatewayClasses, keyed by name; at most 1,000") @Size(max = 1000)
        List<@NotNull @Valid GatewayClassSpec> gatewayClasses,

        @Schema(description = "Gateway API Gateways, keyed by namespace and name; at most 5,000") @Size(max = 5000)
        List<@NotNull @Valid GatewaySpec> gateways,

        @Schema(description = "Gateway API HTTPRoutes, keyed by namespace and name; at most 10,000") @Size(max = 10000)
        List<@NotNull @Valid HttpRouteSpec> httpRoutes,

        @Schema(description = "Gateway API GRPCRoutes, keyed by namespace and name; at most 10,000") @Size(max = 10000)
        List<@NotNull @Valid GrpcRouteSpec> grpcRoutes,

        @Schema(description = "Gateway API TCPRoutes, keyed by namespace and name; at most 10,000") @Size(max = 10000)
        List<@NotNull @Valid L4RouteSpec> tcpRoutes,

        @Schema(description = "Gateway API UDPRoutes, keyed by namespace and name; at most 10,000") @Size(max = 10000)
        List<@NotNull @Valid L4RouteSpec> udpRoutes,

        @Schema(description = "Gateway API TLSRoutes, keyed by namespace and name; at most 10,000") @Size(max = 10000)
        List<@NotNull @Valid L4RouteSpec> tlsRoutes,

        @Schema(
                description =
                        "Gateway API ReferenceGrants that let a route reference a backend in another namespace; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid ReferenceGrantSpec> referenceGrants,

        @Schema(description = "Gateway API ListenerSets that add listeners to a Gateway; at most 5,000")
        @Size(max = 5000)
        List<@NotNull @Valid ListenerSetSpec> listenerSets,

        @Schema(
                description =
                        "the AWS Load Balancer Controller's LoadBalancerConfiguration objects that Gateways name; at most 5,000")
        @Size(max = 5000)
        List<@NotNull @Valid LoadBalancerConfigurationSpec> loadBalancerConfigurations,

        @Schema(
                description =
                        "the AWS Load Balancer Controller's TargetGroupConfiguration objects for a Service's target groups; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid TargetGroupConfigurationSpec> targetGroupConfigurations,

        @Schema(
                description =
                        "the AWS Load Balancer Controller's ListenerRuleConfiguration objects that HTTPRoute filters name; at most 10,000")
        @Size(max = 10000)
        List<@NotNull @Valid ListenerRuleConfigurationSpec> listenerRuleConfigurations) {

    /**
     * A document without Gateway API resources, as an eksctl config or a merge that adds them afterwards builds one:
     * their collections read empty.
     */
    public static TopologyDocument withoutGatewayApi(
            String name,
            String region,
            String kubernetesVersion,
            VpcSpec vpc,
            String serviceIpv4Cidr,
            EndpointAccessSpec endpointAccess,
            List<String> controlPlaneSubnets,
            CniSpec cni,
            LoadBalancingSpec loadBalancing,
            List<SubnetSpec> subnets,
            List<NodeGroupSpec> nodeGroups,
            List<WorkloadSpec> workloads,
            List<ServiceSpec> services,
            List<IngressSpec> ingresses,
            List<IngressClassSpec> ingressClasses,
            String ipFamily,
            OutpostSpec outpost) {
        return new TopologyDocument(
                name,
                region,
                kubernetesVersion,
                vpc,
                serviceIpv4Cidr,
                endpointAccess,
                controlPlaneSubnets,
                cni,
                loadBalancing,
                subnets,
                nodeGroups,
                workloads,
                services,
                ingresses,
                ingressClasses,
                ipFamily,
                outpost,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** This document with {@code source}'s Gateway API resources in place of its own. */
    public TopologyDocument withGatewayResourcesOf(TopologyDocument source) {
        return withGatewayResources(
                source.gatewayClasses,
                source.gateways,
                source.httpRoutes,
                source.grpcRoutes,
                source.tcpRoutes,
                source.udpRoutes,
                source.tlsRoutes,
                source.referenceGrants,
                source.listenerSets,
                source.loadBalancerConfigurations,
                source.targetGroupConfigurations,
                source.listenerRuleConfigurations);
    }

    /** This document with these Gateway API resources in place of its own. */
    public TopologyDocument withGatewayResources(
            List<GatewayClassSpec> gatewayClasses,
            List<GatewaySpec> gateways,
            List<HttpRouteSpec> httpRoutes,
            List<GrpcRouteSpec> grpcRoutes,
            List<L4RouteSpec> tcpRoutes,
            List<L4RouteSpec> udpRoutes,
            List<L4RouteSpec> tlsRoutes,
            List<ReferenceGrantSpec> referenceGrants,
            List<ListenerSetSpec> listenerSets,
            List<LoadBalancerConfigurationSpec> loadBalancerConfigurations,
            List<TargetGroupConfigurationSpec> targetGroupConfigurations,
            List<ListenerRuleConfigurationSpec> listenerRuleConfigurations) {
        return new TopologyDocument(
                name,
                region,
                kubernetesVersion,
                vpc,
                serviceIpv4Cidr,
                endpointAccess,
                controlPlaneSubnets,
                cni,
                loadBalancing,
                subnets,
                nodeGroups,
                workloads,
                services,
                ingresses,
                ingressClasses,
                ipFamily,
                outpost,
                gatewayClasses,
                gateways,
                httpRoutes,
                grpcRoutes,
                tcpRoutes,
                udpRoutes,
                tlsRoutes,
                referenceGrants,
                listenerSets,
                loadBalancerConfigurations,
                targetGroupConfigurations,
                listenerRuleConfigurations);
    }

    /** This document as the immutable snapshot the planning engines read; call it on a well-formed document. */
    public ClusterTopology toTopology() {
        return new ClusterTopology(
                name,
                region,
                kubernetesVersion,
                vpc == null ? null : vpc.toModel(),
                SpecValues.cidr(serviceIpv4Cidr),
                endpointAccess == null ? null : endpointAccess.toModel(),
                controlPlaneSubnets,
                cni == null ? null : cni.toModel(),
                loadBalancing == null ? null : loadBalancing.toModel(),
                SpecValues.map(subnets, SubnetSpec::toModel),
                SpecValues.map(nodeGroups, NodeGroupSpec::toModel),
                SpecValues.map(workloads, WorkloadSpec::toModel),
                SpecValues.map(services, ServiceSpec::toModel),
                SpecValues.map(ingresses, IngressSpec::toModel),
                SpecValues.map(ingressClasses, IngressClassSpec::toModel),
                ipFamily,
                outpost == null ? null : outpost.toModel(),
                gatewayApi());
    }

    /** The Gateway API resources as the snapshot holds them, the CRDs' defaults applied. */
    private GatewayApi gatewayApi() {
        return new GatewayApi(
                SpecValues.map(gatewayClasses, GatewayClassSpec::toModel),
                SpecValues.map(gateways, GatewaySpec::toModel),
                SpecValues.map(httpRoutes, HttpRouteSpec::toModel),
                SpecValues.map(grpcRoutes, GrpcRouteSpec::toModel),
                SpecValues.map(tcpRoutes, route -> route.toModel(RouteKind.TCPRoute)),
                SpecValues.map(udpRoutes, route -> route.toModel(RouteKind.UDPRoute)),
                SpecValues.map(tlsRoutes, route -> route.toModel(RouteKind.TLSRoute)),
                SpecValues.map(referenceGrants, ReferenceGrantSpec::toModel),
                SpecValues.map(listenerSets, ListenerSetSpec::toModel),
                SpecValues.map(loadBalancerConfigurations, LoadBalancerConfigurationSpec::toModel),
                SpecValues.map(targetGroupConfigurations, TargetGroupConfigurationSpec::toModel),
                SpecValues.map(listenerRuleConfigurations, ListenerRuleConfigurationSpec::toModel));
    }
}
