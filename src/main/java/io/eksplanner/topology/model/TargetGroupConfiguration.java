package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller's TargetGroupConfiguration (aws-load-balancer-controller v3.5.0, {@code
 * apis/gateway/v1/targetgroupconfig_types.go}): the target-group settings of the Service it names, by default and per
 * route. Public: {@code routing.gateway} and {@code topology.spec} use it.
 */
public record TargetGroupConfiguration(
        String name,
        String namespace,
        GatewayApi.ObjectRef targetReference,
        TargetGroupProps defaultConfiguration,
        List<RouteConfiguration> routeConfigurations) {

    public TargetGroupConfiguration {
        routeConfigurations = NullAsEmpty.list(routeConfigurations);
    }

    /** Props for the routes a route identifier matches (kind, and optionally namespace and name). */
    public record RouteConfiguration(
            String routeKind, String routeNamespace, String routeName, TargetGroupProps targetGroupProps) {}

    /** A target group's settings; a null field is not set. */
    public record TargetGroupProps(
            String targetGroupName,
            String targetType,
            String protocol,
            String protocolVersion,
            String ipAddressType,
            HealthCheckProps healthCheck,
            Map<String, String> targetGroupAttributes,
            Map<String, String> tags) {

        public TargetGroupProps {
            targetGroupAttributes = NullAsEmpty.map(targetGroupAttributes);
            tags = NullAsEmpty.map(tags);
        }
    }

    /** A health check's settings; a null field takes the controller's default. */
    public record HealthCheckProps(
            String protocol,
            String port,
            String path,
            Integer intervalSeconds,
            Integer timeoutSeconds,
            Integer healthyThresholdCount,
            Integer unhealthyThresholdCount,
            String httpCode,
            String grpcCode) {}
}
