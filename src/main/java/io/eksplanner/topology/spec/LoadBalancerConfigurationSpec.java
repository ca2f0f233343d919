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
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description = "the object's name, a DNS-1123 subdomain; unique with namespace; parametersRef names it",
                example = "internet-facing")
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label; a Gateway's parametersRef looks in its own")
        @NotNull
        @ValidName(DNS1123_LABEL)
        String namespace,

        @Schema(description = "internet-facing (public subnets) or internal (private subnets); null = internal")
        @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
        String scheme,

        @Schema(description = "ipv4, dualstack or dualstack-without-public-ipv4; null = ipv4")
        @Pattern(
                regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
        String ipAddressType,

        @Schema(
                description =
                        "the load balancer's name, at most 32 characters; null = generated k8s-<namespace>-<name>-<hash>")
        @Size(max = 32)
        String loadBalancerName,

        @Pattern(
                regexp = "prefer-gateway|prefer-gateway-class",
                message = "must be one of [prefer-gateway, prefer-gateway-class]")
        @Schema(description = "null = prefer-gateway-class; read on the GatewayClass's configuration")
        String mergingMode,

        @Schema(
                description =
                        "the subnets, one per AZ, at most 100; over loadBalancerSubnetsSelector; null = the selector or subnet discovery")
        @Size(max = 100)
        List<@NotNull @Valid SubnetConfigurationSpec> loadBalancerSubnets,

        @Schema(
                description =
                        "tag → values: subnets carrying every tag with one of its values, at most 50; null = subnet discovery")
        @Size(max = 50)
        Map<@NotBlank @Size(max = 128) String, @NotNull @Size(max = 50) List<@Size(max = 256) String>>
                loadBalancerSubnetsSelector,

        @Schema(description = "settings of single listeners, each keyed by its protocolPort; at most 100")
        @Size(max = 100)
        List<@NotNull @Valid ListenerConfigurationSpec> listenerConfigurations,

        @Schema(
                description =
                        "CIDRs the managed security group lets in, at most 100; null = 0.0.0.0/0 (and ::/0 when dualstack)")
        @Size(max = 100)
        List<@NotBlank @Size(max = 64) String> sourceRanges,

        @Schema(
                description =
                        "load balancer attributes, e.g. idle_timeout.timeout_seconds; at most 100; null = AWS defaults")
        @Size(max = 100)
        List<@NotNull @Valid AttributeSpec> loadBalancerAttributes,

        @Schema(description = "AWS tags on every resource built for the Gateway, at most 50") @Size(max = 50)
        Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags,

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
            @Schema(description = "the subnet's id (subnet-…) or Name tag, at most 255 characters")
            @NotBlank
            @Size(max = 255)
            String identifier,

            @Schema(description = "NLB only: the Elastic IP allocation for this subnet; null = an AWS-assigned address")
            @Size(max = 64)
            String eipAllocation,

            @Schema(description = "NLB only: the private IPv4 address in this subnet; null = AWS picks one")
            @Size(max = 64)
            String privateIPv4Allocation) {}

    /** One listener's settings, keyed by protocol and port such as {@code HTTPS:443}. */
    @Schema(name = "LoadBalancerConfigurationListenerConfigurationSpec")
    public record ListenerConfigurationSpec(
            @NotNull
            @Pattern(
                    regexp = "(HTTP|HTTPS|TLS|TCP|UDP|TCP_UDP)?:(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}"
                            + "|[1-5]\\d{4}|[1-9]\\d{0,3})?",
                    message = "must be PROTOCOL:PORT such as HTTPS:443")
            @Schema(
                    description =
                            "the listener it configures, PROTOCOL:PORT with HTTP, HTTPS, TLS, TCP, UDP or TCP_UDP")
            String protocolPort,

            @Schema(description = "the ARN of the listener's default certificate, for HTTPS and TLS") @Size(max = 2048)
            String defaultCertificate,

            @Schema(description = "ARNs of further certificates added to the listener (SNI), at most 100")
            @Size(max = 100)
            List<@NotBlank @Size(max = 2048) String> certificates,

            @Schema(
                    description =
                            "the security policy of an HTTPS or TLS listener; null = the controller's default-ssl-policy")
            @Size(max = 256)
            String sslPolicy,

            @Schema(
                    description =
                            "TLS listeners only: HTTP1Only, HTTP2Only, HTTP2Optional, HTTP2Preferred or None; null = None")
            @Pattern(
                    regexp = "HTTP1Only|HTTP2Only|HTTP2Optional|HTTP2Preferred|None",
                    message = "must be one of [HTTP1Only, HTTP2Only, HTTP2Optional, HTTP2Preferred, None]")
            String alpnPolicy,

            @Schema(description = "NLB only: UDP listeners become QUIC listeners; null = false")
            Boolean quicEnabled,

            @Schema(description = "NLB only: sticky routing across weighted target groups; null = off")
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
            @Schema(
                    description =
                            "the AWS attribute key, e.g. deletion_protection.enabled or stickiness.enabled; at most 256 characters")
            @NotBlank
            @Size(max = 256)
            String key,

            @Schema(description = "the attribute's value as AWS takes it, a string such as true or 60")
            @NotNull
            @Size(max = 1024)
            String value) {

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
            @Schema(description = "a TargetGroupConfiguration's name in this namespace, a DNS-1123 subdomain")
            @NotNull
            @ValidName(DNS1123_SUBDOMAIN)
            String name) {}
}
