package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayApi;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A Gateway API ListenerSet (gateway.networking.k8s.io/v1, as aws-load-balancer-controller v3.5.0 reads it in {@code
 * pkg/gateway/routeutils/listener_set.go}): listeners added to the Gateway its parentRef names. Public: {@code
 * importing.manifests} and {@code topology} use it.
 */
@Schema(name = "ListenerSetSpec")
public record ListenerSetSpec(
        @Schema(description = "the object's name, a DNS-1123 subdomain; unique with namespace", example = "team-a")
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "team-a")
        @NotNull
        @ValidName(DNS1123_LABEL)
        String namespace,

        @NotNull @Valid @Schema(description = "the Gateway: name, and namespace when not the ListenerSet's")
        ObjectRefSpec parentRef,

        @Schema(
                description =
                        "the listeners added to the Gateway, 1–64, as a Gateway's; names and port, protocol, hostname unique")
        @NotNull
        @UniqueListeners
        @Size(min = 1, max = 64)
        List<@NotNull @Valid GatewayListenerSpec> listeners) {

    GatewayApi.ListenerSet toModel() {
        return new GatewayApi.ListenerSet(
                name,
                namespace,
                ObjectRefSpec.model(parentRef),
                SpecValues.map(listeners, GatewayListenerSpec::toModel));
    }
}
