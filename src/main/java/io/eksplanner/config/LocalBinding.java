package io.eksplanner.config;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without authentication ({@code planner.security.mode=none}, the default for local use) the server listens on
 * 127.0.0.1 only, unless {@code server.address} is set: an unauthenticated planner on every interface would let
 * anyone on the network list, replace and delete clusters.
 */
class LocalBinding implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var mode =
                environment.getProperty("planner.security.mode", "none").trim().toLowerCase(Locale.ROOT);
        if (mode.equals("none") && !environment.containsProperty("server.address")) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("plannerLocalBinding", Map.of("server.address", LOOPBACK)));
        }
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that server.address and the mode from any source are seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
