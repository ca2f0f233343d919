package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.spec.IngressClassParametersSpec.LabelSelectorSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A listener of a Gateway or ListenerSet (gateway-api {@code Listener}). Public: {@code importing.manifests} and
 * {@code topology} use it.
 */
@Schema(name = "GatewayListenerSpec")
public record GatewayListenerSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(
                description =
                        "the listener's name, a DNS-1123 subdomain, unique in the Gateway; routes name it as sectionName",
                example = "https")
        String name,

        @Size(max = 253)
        @Pattern(regexp = GatewayPatterns.HOSTNAME, message = GatewayPatterns.HOSTNAME_MESSAGE)
        @Schema(
                description = "the host name the listener accepts, optionally starting with *.; null = every host",
                example = "*.example.com")
        String hostname,

        @NotNull @Min(1) @Max(65535) @Schema(description = "the port the listener accepts on, 1–65535", example = "443")
        Integer port,

        @NotNull
        @Size(max = 255)
        @Pattern(
                regexp = GatewayPatterns.PROTOCOL,
                message = "must be a protocol name such as HTTP, HTTPS, TLS, TCP, UDP")
        @Schema(description = "HTTP, HTTPS, TLS, TCP or UDP (the Gateway API's protocol names)", example = "HTTPS")
        String protocol,

        @Schema(description = "the listener's TLS: mode and certificates; for HTTPS and TLS listeners") @Valid
        TlsSpec tls,

        @Schema(
                description =
                        "which routes may attach: kinds and namespaces; null = routes of the listener's protocol from the Gateway's namespace")
        @Valid
        AllowedRoutesSpec allowedRoutes) {

    GatewayApi.GatewayListener toModel() {
        var namespaces = allowedRoutes == null ? null : allowedRoutes.namespaces();
        return new GatewayApi.GatewayListener(
                name,
                hostname,
                port,
                protocol,
                tls == null ? null : tls.mode() == null ? "Terminate" : tls.mode(),
                tls == null ? null : SpecValues.map(tls.certificateRefs(), ObjectRefSpec::model),
                namespaces == null ? null : namespaces.from(),
                namespaces == null || namespaces.selector() == null
                        ? null
                        : namespaces.selector().toModel(),
                allowedRoutes == null ? null : SpecValues.map(allowedRoutes.kinds(), ObjectRefSpec::kind));
    }

    /** A listener's TLS: {@code Terminate} (the default) or {@code Passthrough}, and its certificate Secrets. */
    @Schema(name = "GatewayListenerTlsSpec")
    public record TlsSpec(
            @Pattern(regexp = "Terminate|Passthrough", message = "must be one of [Terminate, Passthrough]")
            @Schema(
                    description =
                            "Terminate (TLS ends at the listener) or Passthrough (to the backend); null = Terminate")
            String mode,

            @Schema(
                    description =
                            "the certificates, as Secret refs (group '' and kind Secret by default, namespace the Gateway's); at most 64")
            @Size(max = 64)
            List<@NotNull @Valid ObjectRefSpec> certificateRefs) {}

    /** Which routes may attach: from which namespaces, of which kinds (by protocol when none is listed). */
    @Schema(name = "GatewayListenerAllowedRoutesSpec")
    public record AllowedRoutesSpec(
            @Schema(
                    description =
                            "the namespaces routes may attach from; null = Same (the namespace of the Gateway or ListenerSet)")
            @Valid
            NamespacesSpec namespaces,

            @Schema(
                    description =
                            "the route kinds allowed, each a group (gateway.networking.k8s.io by default) and kind; empty = the kinds the protocol supports; at most 8")
            @Size(max = 8)
            List<@NotNull @Valid ObjectRefSpec> kinds) {}

    /** {@code Same} (the default), {@code All}, {@code Selector} (with its selector) or {@code None}. */
    @Schema(name = "GatewayListenerNamespacesSpec")
    public record NamespacesSpec(
            @Pattern(regexp = "All|Same|Selector|None", message = "must be one of [All, Same, Selector, None]")
            @Schema(
                    description =
                            "All, Same, Selector or None; null = Same for a listener's routes, None for a Gateway's ListenerSets")
            String from,

            @Schema(description = "the namespaces' labels to match; used only when from is Selector") @Valid
            LabelSelectorSpec selector) {}
}
