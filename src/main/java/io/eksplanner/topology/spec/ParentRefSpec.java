package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayRoute;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A route's parentRef (gateway-api {@code ParentReference}): the Gateway (or ListenerSet) it attaches to, optionally
 * one listener by {@code sectionName} and/or {@code port}. Public: {@code importing.manifests} and {@code topology} use
 * it.
 */
@Schema(name = "ParentRefSpec")
public record ParentRefSpec(
        @Schema(description = "the parent's API group; null = gateway.networking.k8s.io")
        @Size(max = 253)
        @Pattern(regexp = GatewayPatterns.GROUP, message = GatewayPatterns.GROUP_MESSAGE)
        String group,

        @Size(max = 63)
        @Pattern(regexp = GatewayPatterns.KIND, message = GatewayPatterns.KIND_MESSAGE)
        @Schema(description = "Gateway by default, or ListenerSet")
        String kind,

        @ValidName(DNS1123_LABEL) @Schema(description = "null = the route's namespace")
        String namespace,

        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(description = "the Gateway's or ListenerSet's name, a DNS-1123 subdomain", example = "shared-gateway")
        String name,

        @ValidName(DNS1123_SUBDOMAIN) @Schema(description = "one listener by name", example = "https")
        String sectionName,

        @Schema(description = "attach only to the parent's listeners on this port, 1–65535; null = any port")
        @Min(1)
        @Max(65535)
        Integer port) {

    GatewayRoute.ParentRef toModel() {
        return new GatewayRoute.ParentRef(group, kind, namespace, name, sectionName, port);
    }
}
