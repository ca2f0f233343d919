package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller's LoadBalancerConfiguration (aws-load-balancer-controller v3.5.0, {@code
 * apis/gateway/v1/loadbalancerconfig_types.go}): what a GatewayClass or Gateway sets for its load balancer. Public:
 * {@code routing.gateway} and {@code topology.spec} use it.
 */
public record LoadBalancerConfiguration(
        String name,
        String namespace,
        String scheme,
        String ipAddressType,
        String loadBalancerName,
        String mergingMode,
        List<String> subnets,
        Map<String, List<String>> subnetsSelector,
        List<ListenerConfiguration> listenerConfigurations,
        List<String> sourceRanges,
        Map<String, String> loadBalancerAttributes,
        Map<String, String> tags,
        String defaultTargetGroupConfiguration) {

    public LoadBalancerConfiguration {
        subnets = NullAsEmpty.list(subnets);
        subnetsSelector = NullAsEmpty.map(subnetsSelector);
        listenerConfigurations = NullAsEmpty.list(listenerConfigurations);
        sourceRanges = NullAsEmpty.list(sourceRanges);
        loadBalancerAttributes = NullAsEmpty.map(loadBalancerAttributes);
        tags = NullAsEmpty.map(tags);
    }

    /** One listener's settings, keyed by {@code protocolPort} such as {@code HTTPS:443}. */
    public record ListenerConfiguration(
            String protocolPort,
            String defaultCertificate,
            List<String> certificates,
            String sslPolicy,
            String alpnPolicy,
            Boolean quicEnabled,
            Boolean targetGroupStickiness) {

        public ListenerConfiguration {
            certificates = NullAsEmpty.list(certificates);
        }
    }
}
