package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;

/**
 * The AWS Load Balancer Controller's ListenerRuleConfiguration (aws-load-balancer-controller v3.5.0, {@code
 * apis/gateway/v1/listenerruleconfig_types.go}), which an HTTPRoute or GRPCRoute rule names through an ExtensionRef
 * filter: its actions and extra conditions. Public: {@code routing.gateway} and {@code topology.spec} use it.
 */
public record ListenerRuleConfiguration(
        String name, String namespace, List<Action> actions, List<SourceIpCondition> conditions) {

    public ListenerRuleConfiguration {
        actions = NullAsEmpty.list(actions);
        conditions = NullAsEmpty.list(conditions);
    }

    /**
     * An action: {@code forward} (with stickiness), {@code fixed-response} (status, content type, body), {@code
     * redirect} (query), or an authentication action, of which the plan keeps only the type.
     */
    public record Action(
            String type,
            Boolean stickinessEnabled,
            Integer stickinessDurationSeconds,
            Integer statusCode,
            String contentType,
            String messageBody,
            String redirectQuery) {}

    /** A {@code source-ip} condition: its CIDRs. */
    public record SourceIpCondition(String field, List<String> values) {

        public SourceIpCondition {
            values = NullAsEmpty.list(values);
        }
    }
}
