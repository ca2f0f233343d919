package io.eksplanner.config;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation of request bodies without asking JPA, property by property, whether each is loaded: the bodies are
 * records that JPA never sees, and with JPA on the class path Hibernate Validator's default resolver made that
 * question most of the cost of validating a large topology document. Hibernate ORM validates its entities with a
 * resolver of its own, so entities are not affected.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer everyPropertyReachable() {
        // Hibernate Validator caches a custom resolver's answers by property path, which costs more than the answer.
        return configuration -> configuration
                .traversableResolver(new EveryPropertyReachable())
                .addProperty("hibernate.validator.enable_traversable_resolver_result_cache", "false");
    }

    /** Every property may be read and cascaded into. */
    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty, ElementType elementType) {
            return true;
        }
    }
}
