package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;
import static io.eksplanner.common.NameRule.QUALIFIED_KEY;

import io.eksplanner.topology.model.GatewayApi;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A Gateway API Gateway (gateway.networking.k8s.io/v1). Public: {@code importing.manifests}, {@code topology} and
 * {@code topology.web} use it.
 */
@Schema(name = "GatewaySpec")
public record GatewaySpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the object's name, a DNS-1123 subdomain; unique with namespace",
                example = "shared-gateway")
        String name,

        @NotNull
        @ValidName(DNS1123_LABEL)
        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "infra")
        String namespace,

        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the GatewayClass that takes the Gateway; its controllerName decides ALB or NLB",
                example = "aws-alb")
        String gatewayClassName,

        @Schema(description = "the Gateway's listeners, 1–64; each port becomes a listener of the load balancer")
        @NotNull
        @UniqueListeners
        @Size(min = 1, max = 64)
        List<@NotNull @Valid GatewayListenerSpec> listeners,

        @Valid
        @Schema(
                description =
                        "spec.infrastructure.parametersRef: a LoadBalancerConfiguration in the Gateway's namespace")
        ObjectRefSpec parametersRef,

        @Schema(description = "the Gateway's annotations, as Kubernetes holds them")
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations,

        @Valid
        @Schema(description = "spec.allowedListeners: the namespaces whose ListenerSets may attach (None by default)")
        AllowedListenersSpec allowedListeners) {

    GatewayApi.Gateway toModel() {
        return new GatewayApi.Gateway(
                name,
                namespace,
                gatewayClassName,
                SpecValues.map(listeners, GatewayListenerSpec::toModel),
                ObjectRefSpec.model(parametersRef),
                annotations,
                allowedListeners == null || allowedListeners.namespaces() == null
                        ? null
                        : allowedListeners.namespaces().from(),
                allowedListeners == null
                                || allowedListeners.namespaces() == null
                                || allowedListeners.namespaces().selector() == null
                        ? null
                        : allowedListeners.namespaces().selector().toModel());
    }

    /** Which namespaces' ListenerSets may add listeners to the Gateway. */
    @Schema(name = "GatewayAllowedListenersSpec")
    public record AllowedListenersSpec(
            @Schema(description = "the namespaces whose ListenerSets may attach: from and selector; null = None") @Valid
            GatewayListenerSpec.NamespacesSpec namespaces) {}
}
