package io.eksplanner.config;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.topology.model.SizeLimits;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain-Java engines as beans shared by every request (they keep no state between plans): the instance-type
 * catalogue, loaded once at start-up, the size limits every stored and planned topology keeps within, and the
 * planner that runs the IP, load-balancer and validation engines, each plan within {@code planner.planning.deadline}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class EngineConfiguration {

    @Bean
    InstanceTypeCatalog instanceTypeCatalog() {
        return InstanceTypeCatalog.load();
    }

    @Bean
    SizeLimits sizeLimits(LimitsProperties properties) {
        return properties.toSizeLimits();
    }

    @Bean
    ClusterPlanner clusterPlanner(
            InstanceTypeCatalog instanceTypes,
            SizeLimits limits,
            @Value("${planner.planning.deadline:30s}") Duration deadline) {
        return ClusterPlanner.standard(instanceTypes).within(limits).withDeadline(deadline);
    }
}
