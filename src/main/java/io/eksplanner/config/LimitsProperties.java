package io.eksplanner.config;

import io.eksplanner.topology.model.SizeLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code planner.limits.*}: what one topology may hold before it is refused with 413 {@code plan-too-large}, at
 * write time and at plan time alike. Each unset limit keeps {@link SizeLimits#DEFAULTS}.
 */
@ConfigurationProperties("planner.limits")
record LimitsProperties(
        Long nodes, Long pods, Long services, Long ingresses, Long ingressPaths, Long subnets, Long gatewayRoutes) {

    SizeLimits toSizeLimits() {
        var defaults = SizeLimits.DEFAULTS;
        return new SizeLimits(
                or(nodes, defaults.nodes()),
                or(pods, defaults.pods()),
                or(services, defaults.services()),
                or(ingresses, defaults.ingresses()),
                or(ingressPaths, defaults.ingressPaths()),
                or(subnets, defaults.subnets()),
                or(gatewayRoutes, defaults.gatewayRoutes()));
    }

    private static long or(Long value, long otherwise) {
        return value == null ? otherwise : value;
    }
}
