package io.eksplanner.config;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.planning.ClusterPlanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain-Java engines as beans shared by every request (they keep no state between plans): the instance-type
 * catalogue, loaded once at start-up, and the planner that runs the IP, load-balancer and validation engines.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    InstanceTypeCatalog instanceTypeCatalog() {
        return InstanceTypeCatalog.load();
    }

    @Bean
    ClusterPlanner clusterPlanner(InstanceTypeCatalog instanceTypes) {
        return ClusterPlanner.standard(instanceTypes);
    }
}
