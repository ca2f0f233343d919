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
        @Schema(
                description =
                        "the host names the entry covers, DNS names optionally starting with *.; ACM certificates are looked up for them")
        List<
                        @NotNull
                        @Pattern(
                                regexp = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                                message = "must be a DNS name, optionally starting with '*.'")
                        @Size(max = 253) String>
                hosts,

        @Schema(description = "the Secret named for the hosts, a DNS-1123 subdomain; the controller does not read it")
        @ValidName(DNS1123_SUBDOMAIN)
        String secretName) {
    ClusterTopology.IngressTls toModel() {
        return new ClusterTopology.IngressTls(hosts, secretName);
    }
}
