package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * IngressClassParams settings: scheme, IngressGroup name and IP address type. Public: {@code importing.manifests} and
 * {@code topology} use it.
 */
public record IngressClassParametersSpec(
        @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
        String scheme,

        @Size(max = 253) @Schema(description = "IngressGroup name (IngressClassParams spec.group.name)")
        String group,

        @Pattern(
                regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
        String ipAddressType) {
    ClusterTopology.IngressClassParameters toModel() {
        return new ClusterTopology.IngressClassParameters(scheme, group, ipAddressType);
    }
}
