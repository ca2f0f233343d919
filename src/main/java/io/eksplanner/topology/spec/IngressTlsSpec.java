package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An entry of an Ingress's {@code tls} section: the hosts it covers and the Secret named for them (which the AWS
 * Load Balancer Controller does not read: it looks up ACM certificates for the hosts). Public: {@code
 * importing.manifests} and {@code topology} use it.
 */
@Schema(name = "IngressTlsSpec")
public record IngressTlsSpec(
        List<
                        @NotNull
                        @Pattern(
                                regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                                message = "must be a DNS name, optionally starting with '*.'")
                        @Size(max = 253) String>
                hosts,
        @ValidName(DNS1123_SUBDOMAIN) String secretName) {
    ClusterTopology.IngressTls toModel() {
        return new ClusterTopology.IngressTls(hosts, secretName);
    }
}
