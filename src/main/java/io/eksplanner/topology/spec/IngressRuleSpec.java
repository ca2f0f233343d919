package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An Ingress rule: an optional host and its paths. Public: {@code importing.manifests} and {@code topology} use it. */
@Schema(name = "IngressRuleSpec")
public record IngressRuleSpec(
        @Pattern(
                regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                message = "must be a DNS name, optionally starting with '*.'")
        @Size(max = 253)
        String host,

        List<@NotNull @Valid IngressPathSpec> paths) {
    ClusterTopology.IngressRule toModel() {
        return new ClusterTopology.IngressRule(host, SpecValues.map(paths, IngressPathSpec::toModel));
    }
}
