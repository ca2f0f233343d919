package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayRoute;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.eksplanner.topology.spec.HttpRouteSpec.ValueMatchSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A Gateway API GRPCRoute (gateway.networking.k8s.io/v1). Public: {@code importing.manifests}, {@code topology} and
 * {@code topology.web} use it.
 */
@Schema(name = "GrpcRouteSpec")
public record GrpcRouteSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(description = "the object's name, a DNS-1123 subdomain; unique with namespace", example = "orders")
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label") @NotNull @ValidName(DNS1123_LABEL)
        String namespace,

        @Schema(description = "the Gateways or ListenerSets the route attaches to; at most 32") @Size(max = 32)
        List<@NotNull @Valid ParentRefSpec> parentRefs,

        @Schema(
                description =
                        "host names the route matches, optionally starting with *.; empty = the listener's; at most 16")
        @Size(max = 16)
        List<
                        @NotNull @Size(max = 253)
                        @Pattern(regexp = GatewayPatterns.HOSTNAME, message = GatewayPatterns.HOSTNAME_MESSAGE) String>
                hostnames,

        @Schema(description = "the route's rules, each matches, filters and backends; at most 16") @Size(max = 16)
        List<@NotNull @Valid RuleSpec> rules) {

    GatewayRoute toModel() {
        return new GatewayRoute(
                RouteKind.GRPCRoute,
                name,
                namespace,
                SpecValues.map(parentRefs, ParentRefSpec::toModel),
                hostnames,
                SpecValues.map(rules, RuleSpec::toModel));
    }

    /** A rule: its matches, filters and backends. */
    @Schema(name = "GrpcRouteRuleSpec")
    public record RuleSpec(
            @Schema(description = "the rule's name, a DNS-1123 subdomain; null = none") @ValidName(DNS1123_SUBDOMAIN)
            String name,

            @Schema(description = "the calls the rule takes (any of them); empty = every call; at most 64")
            @Size(max = 64)
            List<@NotNull @Valid MatchSpec> matches,

            @Schema(description = "the filters applied: header changes and extension refs; at most 16") @Size(max = 16)
            List<@NotNull @Valid RouteFilterSpec> filters,

            @Schema(description = "the Services that get the calls, by weight; at most 16") @Size(max = 16)
            List<@NotNull @Valid BackendRefSpec> backendRefs) {

        GatewayRoute.RouteRule toModel() {
            return new GatewayRoute.RouteRule(
                    name,
                    SpecValues.map(matches, MatchSpec::toModel),
                    SpecValues.map(filters, RouteFilterSpec::toModel),
                    SpecValues.map(backendRefs, BackendRefSpec::toModel));
        }
    }

    /** A match: the gRPC method (service and method) and headers. */
    @Schema(name = "GrpcRouteMatchSpec")
    public record MatchSpec(
            @Schema(description = "the gRPC service and method to match; null = every call") @Valid
            MethodMatchSpec method,

            @Schema(description = "headers that must all match, names case-insensitive; at most 16") @Size(max = 16)
            List<@NotNull @Valid ValueMatchSpec> headers) {

        GatewayRoute.RouteMatch toModel() {
            return new GatewayRoute.RouteMatch(
                    null,
                    null,
                    SpecValues.map(headers, ValueMatchSpec::toModel),
                    null,
                    null,
                    method == null ? null : method.type() == null ? "Exact" : method.type(),
                    method == null ? null : method.service(),
                    method == null ? null : method.method());
        }
    }

    /** A gRPC method match: {@code Exact} (the default) or {@code RegularExpression}. */
    @Schema(name = "GrpcRouteMethodMatchSpec")
    public record MethodMatchSpec(
            @Pattern(regexp = "Exact|RegularExpression", message = "must be one of [Exact, RegularExpression]")
            @Schema(description = "how service and method match: Exact or RegularExpression; null = Exact")
            String type,

            @Schema(
                    description =
                            "the fully qualified gRPC service, e.g. foo.bar.Greeter, at most 1024 characters; null = any service")
            @Size(max = 1024)
            String service,

            @Schema(description = "the gRPC method, e.g. SayHello, at most 1024 characters; null = any method")
            @Size(max = 1024)
            String method) {}
}
