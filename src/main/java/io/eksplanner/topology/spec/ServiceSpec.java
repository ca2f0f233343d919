package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1035_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.LABEL_VALUE;
import static io.eksplanner.common.NameRule.QUALIFIED_KEY;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.ServiceType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Service. Public: {@code importing}, {@code importing.manifests}, {@code topology} and {@code
 * topology.web} use it.
 */
@Schema(name = "ServiceSpec")
@ValidServiceFields
public record ServiceSpec(
        @NotNull
        @ValidName(DNS1035_LABEL)
        @Schema(description = "the Service's name, a DNS-1035 label; unique with namespace", example = "my-nginx")
        String name,

        @NotNull
        @ValidName(DNS1123_LABEL)
        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "default")
        String namespace,

        @Schema(
                description =
                        "ClusterIP (null = ClusterIP), NodePort or LoadBalancer; LoadBalancer gets a CLB, NLB or ALB target as the cluster's loadBalancing decides")
        ServiceType type,

        @Schema(description = "the pod labels the Service sends traffic to; null or empty = no pods")
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @ValidName(LABEL_VALUE) String> selector,

        @Schema(description = "the Service's ports; for a LoadBalancer Service each becomes a listener")
        List<@NotNull @Valid ServicePortSpec> ports,

        @Schema(
                description =
                        "NodePort and LoadBalancer only. Cluster (null = Cluster): any node forwards, the client IP is lost; Local: only nodes running a backend pod answer the health check")
        ExternalTrafficPolicy externalTrafficPolicy,

        @Min(30000)
        @Max(32767)
        @Schema(
                description =
                        "null = allocated; may only be set when type is LoadBalancer and externalTrafficPolicy is Local")
        Integer healthCheckNodePort,

        @Schema(
                description =
                        "Kubernetes' spec.allocateLoadBalancerNodePorts; may only be set when type is LoadBalancer. null"
                                + " = true (the default): every port without a nodePort is allocated one from 30000-32767."
                                + " false: only the nodePorts given are reserved, so the Service takes none of the range, but"
                                + " a port without one has no NodePort and the AWS Load Balancer Controller cannot send"
                                + " instance targets to it (LB_NODEPORT_REQUIRED), and the legacy cloud provider gives it no"
                                + " listener (LEGACY_PORT_IGNORED); ip targets are unaffected. The"
                                + " health-check NodePort of externalTrafficPolicy Local is allocated either way")
        Boolean allocateLoadBalancerNodePorts,

        @Schema(
                description =
                        "the controller that takes the Service, e.g. service.k8s.aws/nlb; may only be set when type is LoadBalancer; null = decided by the cluster's loadBalancing profile")
        @Size(max = 316)
        String loadBalancerClass,

        @Schema(
                description =
                        "the Service's annotations, e.g. service.beta.kubernetes.io/aws-load-balancer-type; those the load-balancer controllers read shape the plan")
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations) {
    ClusterTopology.Service toModel() {
        return new ClusterTopology.Service(
                name,
                namespace,
                type,
                selector,
                SpecValues.map(ports, ServicePortSpec::toModel),
                externalTrafficPolicy,
                healthCheckNodePort,
                allocateLoadBalancerNodePorts,
                loadBalancerClass,
                annotations);
    }
}
