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
 * A Gateway API ReferenceGrant (gateway.networking.k8s.io/v1beta1): the kinds and namespaces ({@code from}) that may
 * refer to objects of its own namespace ({@code to}). Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "ReferenceGrantSpec")
public record ReferenceGrantSpec(
        @Schema(
                description = "the object's name, a DNS-1123 subdomain; unique with namespace",
                example = "allow-routes")
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        String name,

        @Schema(
                description = "the namespace whose objects (to) the grant opens to referrers, a DNS-1123 label",
                example = "apps")
        @NotNull
        @ValidName(DNS1123_LABEL)
        String namespace,

        @NotNull
        @Size(min = 1, max = 16)
        @Schema(description = "group, kind and namespace of the referrers, e.g. gateway.networking.k8s.io HTTPRoute")
        List<@NotNull @Valid ObjectRefSpec> from,

        @NotNull
        @Size(min = 1, max = 16)
        @Schema(description = "group ('' for core), kind and optionally name of what they may refer to")
        List<@NotNull @Valid ObjectRefSpec> to) {

    GatewayApi.ReferenceGrant toModel() {
        return new GatewayApi.ReferenceGrant(
                name, namespace, SpecValues.map(from, ObjectRefSpec::model), SpecValues.map(to, ObjectRefSpec::model));
    }
}
