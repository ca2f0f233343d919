package io.eksplanner.ipam.web;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.ipam.IpPlanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The IP planner, shared by every request (it keeps no state between plans). */
@Configuration(proxyBeanMethods = false)
class IpPlanConfiguration {

    @Bean
    IpPlanner ipPlanner(InstanceTypeCatalog instanceTypes) {
        return new IpPlanner(instanceTypes);
    }
}
