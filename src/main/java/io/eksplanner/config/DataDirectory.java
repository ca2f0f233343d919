package io.eksplanner.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Publishes {@code planner.data-path}, the absolute form of {@code planner.data-dir}, for the H2 file URL: H2
 * refuses paths that are only implicitly relative ({@code data} rather than {@code ./data}), and users should be
 * able to write either.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var directory = environment.getProperty("planner.data-dir", "./data");
        var absolute = Path.of(directory).toAbsolutePath().normalize().toString();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("plannerDataPath", Map.of("planner.data-path", absolute)));
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that planner.data-dir from any source is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
