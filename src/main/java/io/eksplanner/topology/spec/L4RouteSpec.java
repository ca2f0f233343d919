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
 * A Gateway API TCPRoute, UDPRoute (gateway.networking.k8s.io/v1alpha2) or TLSRoute: parentRefs, rules of backends,
 * and for a TLSRoute its SNI hostnames. The document's collection says which kind it is. Public: {@code
 * importing.manifests}, {@code topology} and {@code topology.web} use it.
 */
@Schema(name = "L4RouteSpec")
public record L4RouteSpec(
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(description = "the object's name, a DNS-1123 subdomain; unique with namespace", example = "dns")
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label") @NotNull @ValidName(DNS1123_LABEL)
        String namespace,

        @Schema(description = "the Gateways or ListenerSets the route attaches to; at most 32") @Size(max = 32)
        List<@NotNull @Valid ParentRefSpec> parentRefs,

        @Size(max = 16) @Schema(description = "a TLSRoute's SNI hostnames; a TCPRoute or UDPRoute has none")
        List<
                        @NotNull @Size(max = 253)
                        @Pattern(regexp = GatewayPatterns.HOSTNAME, message = GatewayPatterns.HOSTNAME_MESSAGE) String>
                hostnames,

        @Schema(description = "the route's rules, each a set of backends; at most 16") @Size(max = 16)
        List<@NotNull @Valid RuleSpec> rules) {

    GatewayRoute toModel(RouteKind kind) {
        return new GatewayRoute(
                kind,
                name,
                namespace,
                SpecValues.map(parentRefs, ParentRefSpec::toModel),
                kind == RouteKind.TLSRoute ? hostnames : null,
                SpecValues.map(rules, RuleSpec::toModel));
    }

    /** A rule: its backends. */
    @Schema(name = "L4RouteRuleSpec")
    public record RuleSpec(
            @Schema(description = "the rule's name, a DNS-1123 subdomain unique in the route; null = unnamed")
            @ValidName(DNS1123_SUBDOMAIN)
            String name,

            @Schema(description = "the Services that get the connections, by weight; at most 16") @Size(max = 16)
            List<@NotNull @Valid BackendRefSpec> backendRefs) {

        GatewayRoute.RouteRule toModel() {
            return new GatewayRoute.RouteRule(name, null, null, SpecValues.map(backendRefs, BackendRefSpec::toModel));
        }
    }
}
