package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayApi;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Gateway API GatewayClass (gateway.networking.k8s.io/v1, cluster-scoped). Public: {@code importing.manifests},
 * {@code topology} and {@code topology.web} use it.
 */
@Schema(name = "GatewayClassSpec")
public record GatewayClassSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the class's name, a DNS-1123 subdomain, which Gateways name in gatewayClassName",
                example = "aws-alb")
        String name,

        @NotNull
        @Size(min = 1, max = 253)
        @Pattern(
                regexp = GatewayPatterns.CONTROLLER_NAME,
                message = "must be a domain-prefixed path such as gateway.k8s.aws/alb")
        @Schema(
                description = "gateway.k8s.aws/alb or gateway.k8s.aws/nlb for the AWS Load Balancer Controller",
                example = "gateway.k8s.aws/alb")
        String controllerName,

        @Valid @Schema(description = "the LoadBalancerConfiguration of every Gateway of the class; needs a namespace")
        ObjectRefSpec parametersRef) {

    GatewayApi.GatewayClass toModel() {
        return new GatewayApi.GatewayClass(name, controllerName, ObjectRefSpec.model(parametersRef));
    }
}
