package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.GatewayRoute;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An HTTPRoute or GRPCRoute rule's filter (gateway-api {@code HTTPRouteFilter}): its type and, for the types the AWS
 * Load Balancer Controller reads, their settings. Public: {@code importing.manifests} and {@code topology} use it.
 */
@Schema(name = "RouteFilterSpec")
public record RouteFilterSpec(
        @Schema(
                description =
                        "RequestHeaderModifier, ResponseHeaderModifier, RequestMirror, RequestRedirect, URLRewrite, ExtensionRef, CORS or ExternalAuth")
        @NotNull
        @Pattern(
                regexp = "RequestHeaderModifier|ResponseHeaderModifier|RequestMirror|RequestRedirect|URLRewrite"
                        + "|ExtensionRef|CORS|ExternalAuth",
                message = "must be a Gateway API filter type such as RequestRedirect or ExtensionRef")
        String type,

        @Schema(description = "the redirect, when type is RequestRedirect; the ALB answers with a redirect action")
        @Valid
        RequestRedirectSpec requestRedirect,

        @Valid
        @Schema(description = "ExtensionRef: a gateway.k8s.aws ListenerRuleConfiguration in the route's namespace")
        ObjectRefSpec extensionRef) {

    GatewayRoute.RouteFilter toModel() {
        return new GatewayRoute.RouteFilter(
                type, requestRedirect == null ? null : requestRedirect.toModel(), ObjectRefSpec.model(extensionRef));
    }

    /** A RequestRedirect filter; the status code defaults to 302 as the CRD sets it. */
    @Schema(name = "RouteFilterRequestRedirectSpec")
    public record RequestRedirectSpec(
            @Schema(description = "http or https; null = the request's scheme")
            @Pattern(regexp = "http|https", message = "must be one of [http, https]")
            String scheme,

            @Schema(description = "the host name in the Location header; null = the request's host")
            @Size(max = 253)
            @Pattern(regexp = GatewayPatterns.HOSTNAME, message = GatewayPatterns.HOSTNAME_MESSAGE)
            String hostname,

            @Schema(
                    description =
                            "the path in the Location header: full or prefix replacement; null = the request's path")
            @Valid
            PathModifierSpec path,

            @Schema(
                    description =
                            "1–65535; null = 80 for http and 443 for https when scheme is set, else the request's port")
            @Min(1)
            @Max(65535)
            Integer port,

            @Min(301) @Max(308) @Schema(description = "301, 302 (the default), 303, 307 or 308")
            Integer statusCode) {

        GatewayRoute.Redirect toModel() {
            return new GatewayRoute.Redirect(
                    scheme,
                    hostname,
                    path == null ? null : path.replaceFullPath(),
                    path == null ? null : path.replacePrefixMatch(),
                    port,
                    statusCode == null ? 302 : statusCode);
        }
    }

    /** A redirect's path: the full path or the prefix that replaces the matched one. */
    @Schema(name = "RouteFilterPathModifierSpec")
    public record PathModifierSpec(
            @Pattern(
                    regexp = "ReplaceFullPath|ReplacePrefixMatch",
                    message = "must be ReplaceFullPath or ReplacePrefixMatch")
            @Schema(description = "ReplaceFullPath or ReplacePrefixMatch: which of the two values applies")
            String type,

            @Schema(description = "the whole new path, for ReplaceFullPath; at most 1024 characters, no * or ?")
            @Size(max = 1024)
            String replaceFullPath,

            @Schema(
                    description =
                            "what replaces the matched PathPrefix, for ReplacePrefixMatch; at most 1024 characters, no * or ?")
            @Size(max = 1024)
            String replacePrefixMatch) {}
}
