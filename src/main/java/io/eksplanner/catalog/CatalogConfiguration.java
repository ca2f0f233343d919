package io.eksplanner.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the instance-type catalogue once, at start-up. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    InstanceTypeCatalog instanceTypeCatalog() {
        return InstanceTypeCatalog.load();
    }
}
