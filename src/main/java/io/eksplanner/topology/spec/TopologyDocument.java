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
        @NotNull @ValidName(EKS_CLUSTER) @Schema(example = "demo")
        String name,

        @ValidName(AWS_ZONE) @Schema(example = "ap-northeast-2")
        String region,

        @Pattern(regexp = "\\d+\\.\\d+", message = "must be a Kubernetes minor version such as 1.33")
        @Size(max = 16)
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
        @Size(max = 1000) List<@NotNull @Valid IngressClassSpec> ingressClasses,

        @Pattern(regexp = "IPv4|IPv6", message = "must be IPv4 or IPv6")
        @Schema(
                description = "eksctl's kubernetesNetworkConfig.ipFamily; null = IPv4. IPv6 is stored and reported as"
                        + " IPV6_NOT_MODELLED: the plans stay IPv4",
                example = "IPv4")
        String ipFamily,

        @Valid OutpostSpec outpost,
        @Size(max = 1000) List<@NotNull @Valid GatewayClassSpec> gatewayClasses,
        @Size(max = 5000) List<@NotNull @Valid GatewaySpec> gateways,
        @Size(max = 10000) List<@NotNull @Valid HttpRouteSpec> httpRoutes,
        @Size(max = 10000) List<@NotNull @Valid GrpcRouteSpec> grpcRoutes,
        @Size(max = 10000) List<@NotNull @Valid L4RouteSpec> tcpRoutes,
        @Size(max = 10000) List<@NotNull @Valid L4RouteSpec> udpRoutes,
        @Size(max = 10000) List<@NotNull @Valid L4RouteSpec> tlsRoutes,
        @Size(max = 10000) List<@NotNull @Valid ReferenceGrantSpec> referenceGrants,
        @Size(max = 5000) List<@NotNull @Valid ListenerSetSpec> listenerSets,
        @Size(max = 5000) List<@NotNull @Valid LoadBalancerConfigurationSpec> loadBalancerConfigurations,
        @Size(max = 10000) List<@NotNull @Valid TargetGroupConfigurationSpec> targetGroupConfigurations,
        @Size(max = 10000) List<@NotNull @Valid ListenerRuleConfigurationSpec> listenerRuleConfigurations) {

    /** A document in the default IP family with its control plane in the AWS Region. */
    public TopologyDocument(
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
            List<IngressClassSpec> ingressClasses) {
        this(
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
                null,
                null);
    }

    /** A document without Gateway API resources (the shape before they were added): their collections read empty. */
    public TopologyDocument(
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
        this(
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
