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
        @NotNull @ValidName(DNS1123_SUBDOMAIN) String name,
        @NotNull @ValidName(DNS1123_LABEL) String namespace,
        @Size(max = 10) List<@NotNull @Valid ActionSpec> actions,
        @Size(max = 10) List<@NotNull @Valid ConditionSpec> conditions,
        @Size(max = 50) Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags) {

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
            @NotNull
            @Pattern(
                    regexp = "forward|fixed-response|redirect|authenticate-cognito|authenticate-oidc|jwt-validation",
                    message = "must be one of [forward, fixed-response, redirect, authenticate-cognito,"
                            + " authenticate-oidc, jwt-validation]")
            String type,

            @Valid ForwardConfigSpec forwardConfig,
            @Valid FixedResponseConfigSpec fixedResponseConfig,
            @Valid RedirectConfigSpec redirectConfig) {

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
    public record ForwardConfigSpec(@Valid StickinessSpec targetGroupStickinessConfig) {}

    /** Target-group stickiness: on or off, and for how long. */
    @Schema(name = "ListenerRuleConfigurationStickinessSpec")
    public record StickinessSpec(
            Boolean enabled, @Min(1) @Max(604800) Integer durationSeconds) {}

    /** A fixed response: status code, content type and body. */
    @Schema(name = "ListenerRuleConfigurationFixedResponseConfigSpec")
    public record FixedResponseConfigSpec(
            @NotNull @Min(200) @Max(599) Integer statusCode,

            @Pattern(
                    regexp = "text/plain|text/css|text/html|application/javascript|application/json",
                    message = "must be one of [text/plain, text/css, text/html, application/javascript,"
                            + " application/json]")
            String contentType,

            @Size(max = 1024) String messageBody) {}

    /** A redirect's query, the one part the HTTPRoute's RequestRedirect filter cannot give. */
    @Schema(name = "ListenerRuleConfigurationRedirectConfigSpec")
    public record RedirectConfigSpec(@Size(max = 128) String query) {}

    /** A {@code source-ip} condition and its CIDRs. */
    @Schema(name = "ListenerRuleConfigurationConditionSpec")
    public record ConditionSpec(
            @NotNull @Pattern(regexp = "source-ip", message = "must be source-ip")
            String field,

            @Valid SourceIpConfigSpec sourceIPConfig,
            @Size(max = 16) List<@NotNull @Min(0) Integer> matchIndexes) {}

    /** A source-ip condition's CIDRs. */
    @Schema(name = "ListenerRuleConfigurationSourceIpConfigSpec")
    public record SourceIpConfigSpec(
            @NotNull @Size(min = 1, max = 5) List<@NotBlank @Size(max = 64) String> values) {}
}
