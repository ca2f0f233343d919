package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.TargetGroupConfiguration;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec.AttributeSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller's TargetGroupConfiguration (gateway.k8s.aws, aws-load-balancer-controller v3.5.0
 * {@code apis/gateway/v1/targetgroupconfig_types.go}). Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "TargetGroupConfigurationSpec")
public record TargetGroupConfigurationSpec(
        @NotNull @ValidName(DNS1123_SUBDOMAIN) String name,
        @NotNull @ValidName(DNS1123_LABEL) String namespace,

        @Valid @Schema(description = "the Service (kind Service by default) in this namespace it configures")
        ObjectRefSpec targetReference,

        @Valid TargetGroupPropsSpec defaultConfiguration,
        @Size(max = 100) List<@NotNull @Valid RouteConfigurationSpec> routeConfigurations) {

    TargetGroupConfiguration toModel() {
        return new TargetGroupConfiguration(
                name,
                namespace,
                ObjectRefSpec.model(targetReference),
                defaultConfiguration == null ? null : defaultConfiguration.toModel(),
                SpecValues.map(routeConfigurations, RouteConfigurationSpec::toModel));
    }

    /** Props for the routes its identifier matches: kind, and optionally namespace and name. */
    @Schema(name = "TargetGroupConfigurationRouteConfigurationSpec")
    public record RouteConfigurationSpec(
            @NotNull @Valid RouteIdentifierSpec routeIdentifier,
            @NotNull @Valid TargetGroupPropsSpec targetGroupProps) {

        TargetGroupConfiguration.RouteConfiguration toModel() {
            return new TargetGroupConfiguration.RouteConfiguration(
                    routeIdentifier.kind(),
                    routeIdentifier.namespace(),
                    routeIdentifier.name(),
                    targetGroupProps.toModel());
        }
    }

    /** A route kind, namespace and name; the last two optional. */
    @Schema(name = "TargetGroupConfigurationRouteIdentifierSpec")
    public record RouteIdentifierSpec(
            @NotNull
            @Pattern(
                    regexp = "HTTPRoute|GRPCRoute|TCPRoute|UDPRoute|TLSRoute",
                    message = "must be one of [HTTPRoute, GRPCRoute, TCPRoute, UDPRoute, TLSRoute]")
            String kind,

            @ValidName(DNS1123_LABEL) String namespace,
            @ValidName(DNS1123_SUBDOMAIN) String name) {}

    /** A target group's settings, each null when not set. */
    @Schema(name = "TargetGroupConfigurationTargetGroupPropsSpec")
    public record TargetGroupPropsSpec(
            @Size(max = 32) String targetGroupName,

            @Pattern(regexp = "instance|ip", message = "must be one of [instance, ip]")
            String targetType,

            @Pattern(
                    regexp = "HTTP|HTTPS|TCP|TLS|UDP|TCP_UDP",
                    message = "must be one of [HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP]")
            String protocol,

            @Pattern(regexp = "HTTP1|HTTP2|GRPC", message = "must be one of [HTTP1, HTTP2, GRPC]")
            String protocolVersion,

            @Pattern(regexp = "ipv4|ipv6", message = "must be one of [ipv4, ipv6]")
            String ipAddressType,

            @Valid HealthCheckConfigSpec healthCheckConfig,
            @Size(max = 100) List<@NotNull @Valid AttributeSpec> targetGroupAttributes,
            @Size(max = 50) Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags) {

        TargetGroupConfiguration.TargetGroupProps toModel() {
            return new TargetGroupConfiguration.TargetGroupProps(
                    targetGroupName,
                    targetType,
                    protocol,
                    protocolVersion,
                    ipAddressType,
                    healthCheckConfig == null ? null : healthCheckConfig.toModel(),
                    AttributeSpec.map(targetGroupAttributes),
                    tags);
        }
    }

    /** A health check's settings, each null for the controller's default. */
    @Schema(name = "TargetGroupConfigurationHealthCheckConfigSpec")
    public record HealthCheckConfigSpec(
            @Min(2) @Max(10) Integer healthyThresholdCount,
            @Min(5) @Max(300) Integer healthCheckInterval,
            @Size(max = 1024) String healthCheckPath,

            @Size(max = 15) @Schema(description = "traffic-port, a number, or a Service port name")
            String healthCheckPort,

            @Pattern(regexp = "HTTP|HTTPS|TCP", message = "must be one of [HTTP, HTTPS, TCP]")
            String healthCheckProtocol,

            @Min(2) @Max(120) Integer healthCheckTimeout,
            @Min(2) @Max(10) Integer unhealthyThresholdCount,
            @Valid MatcherSpec matcher) {

        TargetGroupConfiguration.HealthCheckProps toModel() {
            return new TargetGroupConfiguration.HealthCheckProps(
                    healthCheckProtocol,
                    healthCheckPort,
                    healthCheckPath,
                    healthCheckInterval,
                    healthCheckTimeout,
                    healthyThresholdCount,
                    unhealthyThresholdCount,
                    matcher == null ? null : matcher.httpCode(),
                    matcher == null ? null : matcher.grpcCode());
        }
    }

    /** The codes a healthy target answers. */
    @Schema(name = "TargetGroupConfigurationMatcherSpec")
    public record MatcherSpec(
            @Size(max = 64) String httpCode, @Size(max = 64) String grpcCode) {}
}
