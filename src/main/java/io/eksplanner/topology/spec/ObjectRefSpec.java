package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;

import io.eksplanner.topology.model.GatewayApi;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Gateway API reference to another object (a parametersRef, certificateRef, extensionRef, a ListenerSet's parentRef,
 * a ReferenceGrant's {@code from} and {@code to}): group, kind, namespace and name, each optional where the referrer
 * has a default. Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "ObjectRefSpec")
public record ObjectRefSpec(
        @Size(max = 253) @Pattern(regexp = GatewayPatterns.GROUP, message = GatewayPatterns.GROUP_MESSAGE)
        String group,

        @Size(max = 63) @Pattern(regexp = GatewayPatterns.KIND, message = GatewayPatterns.KIND_MESSAGE)
        String kind,

        @ValidName(DNS1123_LABEL) String namespace,

        @Size(max = 253)
        @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+", message = "must be a name without control characters")
        String name) {

    static GatewayApi.ObjectRef model(ObjectRefSpec spec) {
        return spec == null ? null : new GatewayApi.ObjectRef(spec.group, spec.kind, spec.namespace, spec.name);
    }
}
