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
        @Schema(
                description =
                        "the API group, a DNS subdomain or '' for core; null = the referrer's default (e.g. '' for a certificateRef)")
        @Size(max = 253)
        @Pattern(regexp = GatewayPatterns.GROUP, message = GatewayPatterns.GROUP_MESSAGE)
        String group,

        @Schema(
                description =
                        "the kind, an UpperCamelCase name of at most 63 characters; null = the referrer's default (e.g. Secret, Gateway)")
        @Size(max = 63)
        @Pattern(regexp = GatewayPatterns.KIND, message = GatewayPatterns.KIND_MESSAGE)
        String kind,

        @Schema(description = "the referent's namespace, a DNS-1123 label; null = the referrer's namespace")
        @ValidName(DNS1123_LABEL)
        String namespace,

        @Schema(
                description =
                        "the referent's name, at most 253 characters; null only where the referrer allows it (a grant's to = every name)")
        @Size(max = 253)
        @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+", message = "must be a name without control characters")
        String name) {

    static GatewayApi.ObjectRef model(ObjectRefSpec spec) {
        return spec == null ? null : new GatewayApi.ObjectRef(spec.group, spec.kind, spec.namespace, spec.name);
    }
}
