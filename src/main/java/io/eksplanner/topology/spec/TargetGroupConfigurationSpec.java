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
        @Schema(description = "the object's name, a DNS-1123 subdomain; unique with namespace", example = "web-tg")
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label; the Service's own", example = "apps")
        @NotNull
        @ValidName(DNS1123_LABEL)
        String namespace,

        @Valid @Schema(description = "the Service (kind Service by default) in this namespace it configures")
        ObjectRefSpec targetReference,

        @Schema(
                description =
                        "the props of every target group of the Service, unless a routeConfiguration overrides one")
        @Valid
        TargetGroupPropsSpec defaultConfiguration,

        @Schema(
                description =
                        "props per route; the most specific match (kind, namespace, name) merges over defaultConfiguration; at most 100")
        @Size(max = 100)
        List<@NotNull @Valid RouteConfigurationSpec> routeConfigurations) {

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
            @Schema(description = "the routes it applies to: a kind, optionally narrowed to a namespace and a name")
            @NotNull
            @Valid
            RouteIdentifierSpec routeIdentifier,

            @Schema(description = "the props for those routes' target groups, over defaultConfiguration")
            @NotNull
            @Valid
            TargetGroupPropsSpec targetGroupProps) {

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
            @Schema(description = "HTTPRoute, GRPCRoute, TCPRoute, UDPRoute or TLSRoute")
            String kind,

            @Schema(description = "the route's namespace, a DNS-1123 label; null = any namespace")
            @ValidName(DNS1123_LABEL)
            String namespace,

            @Schema(description = "the route's name, a DNS-1123 subdomain; null = any route of the kind")
            @ValidName(DNS1123_SUBDOMAIN)
            String name) {}

    /** A target group's settings, each null when not set. */
    @Schema(name = "TargetGroupConfigurationTargetGroupPropsSpec")
    public record TargetGroupPropsSpec(
            @Schema(description = "the target group's name, at most 32 characters; null = a generated k8s-… name")
            @Size(max = 32)
            String targetGroupName,

            @Schema(
                    description =
                            "instance (nodes on the NodePort) or ip (pod addresses); null = the controller's default target type")
            @Pattern(regexp = "instance|ip", message = "must be one of [instance, ip]")
            String targetType,

            @Schema(description = "HTTP, HTTPS, TCP, TLS, UDP or TCP_UDP; null = inferred from the listener and route")
            @Pattern(
                    regexp = "HTTP|HTTPS|TCP|TLS|UDP|TCP_UDP",
                    message = "must be one of [HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP]")
            String protocol,

            @Schema(
                    description =
                            "HTTP1, HTTP2 or GRPC, read behind an ALB HTTPS listener (else HTTP1); null = GRPC for a GRPCRoute, else HTTP1")
            @Pattern(regexp = "HTTP1|HTTP2|GRPC", message = "must be one of [HTTP1, HTTP2, GRPC]")
            String protocolVersion,

            @Schema(description = "ipv4 or ipv6; null = inferred from the load balancer's IP address type")
            @Pattern(regexp = "ipv4|ipv6", message = "must be one of [ipv4, ipv6]")
            String ipAddressType,

            @Schema(description = "the health check; each null field takes the controller's default") @Valid
            HealthCheckConfigSpec healthCheckConfig,

            @Schema(description = "target group attributes, e.g. deregistration_delay.timeout_seconds; at most 100")
            @Size(max = 100)
            List<@NotNull @Valid AttributeSpec> targetGroupAttributes,

            @Schema(description = "AWS tags added to the target group, at most 50") @Size(max = 50)
            Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags) {

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
            @Schema(
                    description =
                            "passing checks before a target is healthy, 2–10; null = 3 (2 for an NLB's /healthz check)")
            @Min(2)
            @Max(10)
            Integer healthyThresholdCount,

            @Schema(description = "seconds between checks, 5–300; null = 15 (10 for an NLB's /healthz check)")
            @Min(5)
            @Max(300)
            Integer healthCheckInterval,

            @Schema(
                    description =
                            "the HTTP path checked, at most 1024 characters; null = / (/AWS.ALB/healthcheck for GRPC); unused for TCP")
            @Size(max = 1024)
            String healthCheckPath,

            @Size(max = 15) @Schema(description = "traffic-port, a number, or a Service port name")
            String healthCheckPort,

            @Schema(
                    description =
                            "HTTP, HTTPS or TCP; null = the target group's protocol on an ALB, TCP on an NLB (HTTP for /healthz)")
            @Pattern(regexp = "HTTP|HTTPS|TCP", message = "must be one of [HTTP, HTTPS, TCP]")
            String healthCheckProtocol,

            @Schema(description = "seconds a check may take, 2–120; null = 5 (6 for an NLB's /healthz check)")
            @Min(2)
            @Max(120)
            Integer healthCheckTimeout,

            @Schema(
                    description =
                            "failing checks before a target is unhealthy, 2–10; null = 3 (2 for an NLB's /healthz check)")
            @Min(2)
            @Max(10)
            Integer unhealthyThresholdCount,

            @Schema(description = "the codes counted healthy, HTTP or gRPC; unused for TCP checks") @Valid
            MatcherSpec matcher) {

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
            @Schema(description = "HTTP codes such as 200 or 200-399 or 200,204; null = 200-399") @Size(max = 64)
            String httpCode,

            @Schema(description = "gRPC codes such as 0 or 0-99, for GRPC target groups; null = 12") @Size(max = 64)
            String grpcCode) {}
}
