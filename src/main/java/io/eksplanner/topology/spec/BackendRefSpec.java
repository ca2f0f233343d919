package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;

import io.eksplanner.topology.model.GatewayRoute;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A route rule's backendRef (gateway-api {@code BackendRef}): a Service by default, its port and weight. Public: {@code
 * importing.manifests} and {@code topology} use it.
 */
@Schema(name = "BackendRefSpec")
public record BackendRefSpec(
        @Schema(description = "the backend's API group; null = the core group (a Service)")
        @Size(max = 253)
        @Pattern(regexp = GatewayPatterns.GROUP, message = GatewayPatterns.GROUP_MESSAGE)
        String group,

        @Size(max = 63)
        @Pattern(regexp = GatewayPatterns.KIND, message = GatewayPatterns.KIND_MESSAGE)
        @Schema(description = "Service by default")
        String kind,

        @NotNull
        @Size(min = 1, max = 253)
        @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+", message = "must hold no control characters")
        @Schema(
                description = "the backend Service's name, 1–253 characters without control characters",
                example = "web")
        String name,

        @ValidName(DNS1123_LABEL) @Schema(description = "null = the route's namespace; another needs a ReferenceGrant")
        String namespace,

        @Min(1)
        @Max(65535)
        @Schema(description = "the Service port to send to, 1–65535; required for a Service", example = "80")
        Integer port,

        @Min(0) @Max(1000000) @Schema(description = "null = 1; the controller refuses more than 999", example = "90")
        Integer weight) {

    GatewayRoute.BackendRef toModel() {
        return new GatewayRoute.BackendRef(group, kind, namespace, name, port, weight);
    }
}
