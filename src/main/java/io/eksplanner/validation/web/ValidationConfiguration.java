package io.eksplanner.validation.web;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.validation.ValidationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The validation engine with the standard rules, shared by every request (it is stateless). */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

    @Bean
    ValidationEngine validationEngine(InstanceTypeCatalog instanceTypes) {
        return ValidationEngine.standard(instanceTypes);
    }
}
