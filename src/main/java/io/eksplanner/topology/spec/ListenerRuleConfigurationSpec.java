package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;

import io.eksplanner.topology.model.ListenerRuleConfiguration;
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
 * The AWS Load Balancer Controller's ListenerRuleConfiguration (gateway.k8s.aws, aws-load-balancer-controller v3.5.0
 * {@code apis/gateway/v1/listenerruleconfig_types.go}): the routing fields of its actions and its source-ip
 * conditions; an authentication action keeps only its type. Public: {@code importing.manifests} and {@code topology}
 * use it.
 */
@Schema(name = "ListenerRuleConfigurationSpec")
public record ListenerRuleConfigurationSpec(
        @Schema(
                description = "the object's name, a DNS-1123 subdomain; a route's ExtensionRef filter names it",
                example = "office-only")
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        String name,

        @Schema(description = "the Kubernetes namespace, a DNS-1123 label; the referring route's own", example = "apps")
        @NotNull
        @ValidName(DNS1123_LABEL)
        String namespace,

        @Schema(
                description =
                        "the rule's actions, 1–2: at most one of forward, fixed-response and redirect, and at most one"
                                + " authentication (authenticate-oidc, authenticate-cognito or jwt-validation);"
                                + " null = none")
        @Size(min = 1, max = 2)
        @RuleActions
        List<@NotNull @Valid ActionSpec> actions,

        @Schema(description = "conditions added to the rule's own matches; only source-ip; at most 10") @Size(max = 10)
        List<@NotNull @Valid ConditionSpec> conditions,

        @Schema(description = "AWS tags on the listener rules built for it, at most 50") @Size(max = 50)
        Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags) {

    ListenerRuleConfiguration toModel() {
        return new ListenerRuleConfiguration(
                name,
                namespace,
                SpecValues.map(actions, ActionSpec::toModel),
                SpecValues.map(
                        conditions,
                        condition -> new ListenerRuleConfiguration.SourceIpCondition(
                                condition.field(),
                                condition.sourceIPConfig() == null
                                        ? null
                                        : condition.sourceIPConfig().values())));
    }

    /** An action: its type and the settings of that type. */
    @Schema(name = "ListenerRuleConfigurationActionSpec")
    public record ActionSpec(
            @Schema(
                    description =
                            "forward, fixed-response, redirect, authenticate-cognito, authenticate-oidc or jwt-validation")
            @NotNull
            @Pattern(
                    regexp = "forward|fixed-response|redirect|authenticate-cognito|authenticate-oidc|jwt-validation",
                    message = "must be one of [forward, fixed-response, redirect, authenticate-cognito,"
                            + " authenticate-oidc, jwt-validation]")
            String type,

            @Schema(description = "only when type is forward: the stickiness across the route's backends") @Valid
            ForwardConfigSpec forwardConfig,

            @Schema(description = "only when type is fixed-response: the response the ALB gives instead of forwarding")
            @Valid
            FixedResponseConfigSpec fixedResponseConfig,

            @Schema(description = "only when type is redirect: the query of the route's RequestRedirect") @Valid
            RedirectConfigSpec redirectConfig) {

        ListenerRuleConfiguration.Action toModel() {
            var stickiness = forwardConfig == null ? null : forwardConfig.targetGroupStickinessConfig();
            return new ListenerRuleConfiguration.Action(
                    type,
                    stickiness == null ? null : stickiness.enabled(),
                    stickiness == null ? null : stickiness.durationSeconds(),
                    fixedResponseConfig == null ? null : fixedResponseConfig.statusCode(),
                    fixedResponseConfig == null ? null : fixedResponseConfig.contentType(),
                    fixedResponseConfig == null ? null : fixedResponseConfig.messageBody(),
                    redirectConfig == null ? null : redirectConfig.query());
        }
    }

    /** A forward's stickiness. */
    @Schema(name = "ListenerRuleConfigurationForwardConfigSpec")
    public record ForwardConfigSpec(
            @Schema(description = "target group stickiness of the forward; null = off") @Valid
            StickinessSpec targetGroupStickinessConfig) {}

    /** Target-group stickiness: on or off, and for how long. */
    @Schema(name = "ListenerRuleConfigurationStickinessSpec")
    public record StickinessSpec(
            @Schema(description = "whether a client keeps to the same target group; null = false")
            Boolean enabled,

            @Schema(description = "how long a client keeps to it, 1–604800 seconds (7 days); null = 3600")
            @Min(1)
            @Max(604800)
            Integer durationSeconds) {}

    /** A fixed response: status code, content type and body. */
    @Schema(name = "ListenerRuleConfigurationFixedResponseConfigSpec")
    public record FixedResponseConfigSpec(
            @Schema(description = "the HTTP status code, 2XX, 4XX or 5XX (a 3XX is refused)", example = "403")
            @NotNull
            @Min(200)
            @Max(599)
            Integer statusCode,

            @Schema(
                    description =
                            "text/plain, text/css, text/html, application/javascript or application/json; null = text/plain")
            @Pattern(
                    regexp = "text/plain|text/css|text/html|application/javascript|application/json",
                    message = "must be one of [text/plain, text/css, text/html, application/javascript,"
                            + " application/json]")
            String contentType,

            @Schema(description = "the response body, at most 1024 characters; null = empty") @Size(max = 1024)
            String messageBody) {}

    /** A redirect's query, the one part the HTTPRoute's RequestRedirect filter cannot give. */
    @Schema(name = "ListenerRuleConfigurationRedirectConfigSpec")
    public record RedirectConfigSpec(
            @Schema(
                    description =
                            "the query without its leading ?, at most 128 characters; may use #{query}; null = #{query} (kept)")
            @Size(max = 128)
            String query) {}

    /** A {@code source-ip} condition and its CIDRs. */
    @Schema(name = "ListenerRuleConfigurationConditionSpec")
    public record ConditionSpec(
            @Schema(description = "the request field matched; only source-ip")
            @NotNull
            @Pattern(regexp = "source-ip", message = "must be source-ip")
            String field,

            @Schema(description = "the client CIDRs, when field is source-ip") @Valid
            SourceIpConfigSpec sourceIPConfig,

            @Schema(
                    description =
                            "indexes of the route rule's matches it joins, from 0, at most 16; null = every match")
            @Size(max = 16)
            List<@NotNull @Min(0) Integer> matchIndexes) {}

    /** A source-ip condition's CIDRs. */
    @Schema(name = "ListenerRuleConfigurationSourceIpConfigSpec")
    public record SourceIpConfigSpec(
            @Schema(description = "client addresses as CIDRs, IPv4 or IPv6, 1–5; any one matches")
            @NotNull
            @Size(min = 1, max = 5)
            List<@NotBlank @Size(max = 64) String> values) {}
}
