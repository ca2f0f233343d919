package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.LoadBalancerConfiguration;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller's LoadBalancerConfiguration (gateway.k8s.aws, aws-load-balancer-controller v3.5.0
 * {@code apis/gateway/v1/loadbalancerconfig_types.go}) by the CRD's field names, the fields that shape a plan. Public:
 * {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "LoadBalancerConfigurationSpec")
public record LoadBalancerConfigurationSpec(
        @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "internet-facing")
        String name,

        @NotNull @ValidName(DNS1123_LABEL) String namespace,

        @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
        String scheme,

        @Pattern(
                regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
        String ipAddressType,

        @Size(max = 32) String loadBalancerName,

        @Pattern(
                regexp = "prefer-gateway|prefer-gateway-class",
                message = "must be one of [prefer-gateway, prefer-gateway-class]")
        @Schema(description = "null = prefer-gateway-class; read on the GatewayClass's configuration")
        String mergingMode,

        @Size(max = 100) List<@NotNull @Valid SubnetConfigurationSpec> loadBalancerSubnets,

        @Size(max = 50)
        Map<@NotBlank @Size(max = 128) String, @NotNull @Size(max = 50) List<@Size(max = 256) String>>
                loadBalancerSubnetsSelector,

        @Size(max = 100) List<@NotNull @Valid ListenerConfigurationSpec> listenerConfigurations,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> sourceRanges,
        @Size(max = 100) List<@NotNull @Valid AttributeSpec> loadBalancerAttributes,
        @Size(max = 50) Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags,

        @Valid @Schema(description = "a TargetGroupConfiguration in this namespace for every target group by default")
        NameRefSpec defaultTargetGroupConfiguration) {

    LoadBalancerConfiguration toModel() {
        return new LoadBalancerConfiguration(
                name,
                namespace,
                scheme,
                ipAddressType,
                loadBalancerName,
                mergingMode,
                SpecValues.map(loadBalancerSubnets, SubnetConfigurationSpec::identifier),
                loadBalancerSubnetsSelector,
                SpecValues.map(listenerConfigurations, ListenerConfigurationSpec::toModel),
                sourceRanges,
                AttributeSpec.map(loadBalancerAttributes),
                tags,
                defaultTargetGroupConfiguration == null ? null : defaultTargetGroupConfiguration.name());
    }

    /** A subnet by id or name, with its optional Elastic IP or private address. */
    @Schema(name = "LoadBalancerConfigurationSubnetConfigurationSpec")
    public record SubnetConfigurationSpec(
            @NotBlank @Size(max = 255) String identifier,
            @Size(max = 64) String eipAllocation,
            @Size(max = 64) String privateIPv4Allocation) {}

    /** One listener's settings, keyed by protocol and port such as {@code HTTPS:443}. */
    @Schema(name = "LoadBalancerConfigurationListenerConfigurationSpec")
    public record ListenerConfigurationSpec(
            @NotNull
            @Pattern(
                    regexp = "(HTTP|HTTPS|TLS|TCP|UDP|TCP_UDP)?:(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}"
                            + "|[1-5]\\d{4}|[1-9]\\d{0,3})?",
                    message = "must be PROTOCOL:PORT such as HTTPS:443")
            String protocolPort,

            @Size(max = 2048) String defaultCertificate,
            @Size(max = 100) List<@NotBlank @Size(max = 2048) String> certificates,
            @Size(max = 256) String sslPolicy,

            @Pattern(
                    regexp = "HTTP1Only|HTTP2Only|HTTP2Optional|HTTP2Preferred|None",
                    message = "must be one of [HTTP1Only, HTTP2Only, HTTP2Optional, HTTP2Preferred, None]")
            String alpnPolicy,

            Boolean quicEnabled,
            Boolean targetGroupStickiness) {

        LoadBalancerConfiguration.ListenerConfiguration toModel() {
            return new LoadBalancerConfiguration.ListenerConfiguration(
                    protocolPort,
                    defaultCertificate,
                    certificates,
                    sslPolicy,
                    alpnPolicy,
                    quicEnabled,
                    targetGroupStickiness);
        }
    }

    /** A key and value of the CRDs' attribute lists. */
    @Schema(name = "LoadBalancerConfigurationAttributeSpec")
    public record AttributeSpec(
            @NotBlank @Size(max = 256) String key,
            @NotNull @Size(max = 1024) String value) {

        static Map<String, String> map(List<AttributeSpec> attributes) {
            var map = new LinkedHashMap<String, String>();
            if (attributes != null) {
                attributes.forEach(attribute -> map.put(attribute.key(), attribute.value()));
            }
            return map;
        }
    }

    /** A reference to an object of the same namespace by name. */
    @Schema(name = "LoadBalancerConfigurationNameRefSpec")
    public record NameRefSpec(
            @NotNull @ValidName(DNS1123_SUBDOMAIN) String name) {}
}
