package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayRoute;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1). Public: {@code importing.manifests}, {@code topology} and
 * {@code topology.web} use it.
 */
@Schema(name = "HttpRouteSpec")
public record HttpRouteSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(description = "the object's name, a DNS-1123 subdomain; unique with namespace", example = "store")
        String name,

        @NotNull
        @ValidName(DNS1123_LABEL)
        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "store")
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
                RouteKind.HTTPRoute,
                name,
                namespace,
                SpecValues.map(parentRefs, ParentRefSpec::toModel),
                hostnames,
                SpecValues.map(rules, RuleSpec::toModel));
    }

    /** A rule: matches (the CRD's default {@code PathPrefix /} when none), filters and backends. */
    @Schema(name = "HttpRouteRuleSpec")
    public record RuleSpec(
            @Schema(description = "the rule's name, a DNS-1123 subdomain; null = none") @ValidName(DNS1123_SUBDOMAIN)
            String name,

            @Schema(description = "the requests the rule takes (any of them); empty = path prefix /; at most 64")
            @Size(max = 64)
            List<@NotNull @Valid MatchSpec> matches,

            @Schema(
                    description =
                            "the filters applied: header changes, redirects, rewrites, extension refs; at most 16")
            @Size(max = 16)
            List<@NotNull @Valid RouteFilterSpec> filters,

            @Schema(description = "the Services that get the requests, by weight; at most 16") @Size(max = 16)
            List<@NotNull @Valid BackendRefSpec> backendRefs) {

        GatewayRoute.RouteRule toModel() {
            var modelled = matches == null || matches.isEmpty()
                    ? List.of(MatchSpec.DEFAULT.toModel())
                    : SpecValues.map(matches, MatchSpec::toModel);
            return new GatewayRoute.RouteRule(
                    name,
                    modelled,
                    SpecValues.map(filters, RouteFilterSpec::toModel),
                    SpecValues.map(backendRefs, BackendRefSpec::toModel));
        }
    }

    /** A match: path (default {@code PathPrefix /}), headers, query parameters, method. */
    @Schema(name = "HttpRouteMatchSpec")
    public record MatchSpec(
            @Schema(description = "the path match; null = PathPrefix /") @Valid
            PathMatchSpec path,

            @Schema(description = "header matches, all of which must hold; at most 16") @Size(max = 16)
            List<@NotNull @Valid ValueMatchSpec> headers,

            @Schema(description = "query parameter matches, all of which must hold; at most 16") @Size(max = 16)
            List<@NotNull @Valid ValueMatchSpec> queryParams,

            @Schema(
                    description =
                            "the HTTP method to match: GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH; null = any")
            @Pattern(
                    regexp = "GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH",
                    message = "must be an HTTP method such as GET or POST")
            String method) {

        static final MatchSpec DEFAULT = new MatchSpec(null, null, null, null);

        GatewayRoute.RouteMatch toModel() {
            return new GatewayRoute.RouteMatch(
                    path == null || path.type() == null ? "PathPrefix" : path.type(),
                    path == null || path.value() == null ? "/" : path.value(),
                    SpecValues.map(headers, ValueMatchSpec::toModel),
                    SpecValues.map(queryParams, ValueMatchSpec::toModel),
                    method,
                    null,
                    null,
                    null);
        }
    }

    /** A path match: {@code Exact}, {@code PathPrefix} (the default) or {@code RegularExpression}. */
    @Schema(name = "HttpRoutePathMatchSpec")
    public record PathMatchSpec(
            @Pattern(
                    regexp = "Exact|PathPrefix|RegularExpression",
                    message = "must be one of [Exact, PathPrefix, RegularExpression]")
            @Schema(description = "Exact, PathPrefix (whole path segments) or RegularExpression; null = PathPrefix")
            String type,

            @Schema(description = "the path to match, starting with /, at most 1024 characters; null = /")
            @Size(max = 1024)
            @Pattern(regexp = "^/.*", message = "must start with '/'")
            String value) {}

    /** A header or query-parameter match: {@code Exact} (the default) or {@code RegularExpression}. */
    @Schema(name = "HttpRouteValueMatchSpec")
    public record ValueMatchSpec(
            @Pattern(regexp = "Exact|RegularExpression", message = "must be one of [Exact, RegularExpression]")
            @Schema(description = "Exact or RegularExpression; null = Exact")
            String type,

            @Schema(
                    description =
                            "the header name (case-insensitive) or query parameter name (case-sensitive), 1–256 characters")
            @NotNull
            @Size(min = 1, max = 256)
            @Pattern(regexp = "[^\\x00-\\x1F\\x7F:]+", message = "must be a header or parameter name")
            String name,

            @Schema(description = "the value to match, or the regular expression; at most 4096 characters")
            @NotNull
            @Size(max = 4096)
            String value) {

        GatewayRoute.ValueMatch toModel() {
            return new GatewayRoute.ValueMatch(type == null ? "Exact" : type, name, value);
        }
    }
}
