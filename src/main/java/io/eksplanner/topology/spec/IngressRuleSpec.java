package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An Ingress rule: an optional host and its paths. Public: {@code importing.manifests} and {@code topology} use it. */
@Schema(name = "IngressRuleSpec", description = "One rule of an Ingress: a host and its paths")
public record IngressRuleSpec(
        @Schema(
                description =
                        "the host name the rule matches, a DNS name optionally starting with *.; null = every host")
        @Pattern(
                regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                message = "must be a DNS name, optionally starting with '*.'")
        @Size(max = 253)
        String host,

        @Schema(description = "the rule's paths, each sending to a backend Service")
        List<@NotNull @Valid IngressPathSpec> paths) {
    ClusterTopology.IngressRule toModel() {
        return new ClusterTopology.IngressRule(host, SpecValues.map(paths, IngressPathSpec::toModel));
    }
}
