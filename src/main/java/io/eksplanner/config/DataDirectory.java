package io.eksplanner.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Publishes {@code planner.data-path}, the absolute form of {@code planner.data-dir}, for the H2 file URL: H2
 * refuses paths that are only implicitly relative ({@code data} rather than {@code ./data}), and users should be
 * able to write either. The directory is made readable by its owner only, since H2 writes its files with the
 * process's default mode (0644 on most systems) and the files hold every stored topology.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var directory = environment.getProperty("planner.data-dir", "./data");
        var absolute = Path.of(directory).toAbsolutePath().normalize();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("plannerDataPath", Map.of("planner.data-path", absolute.toString())));
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:" + absolute)) {
            // Only the embedded database keeps files there; a PostgreSQL deployment leaves the folder alone.
            ownerOnly(absolute);
        }
    }

    static void ownerOnly(Path directory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data directory " + directory + " private", e);
        }
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that planner.data-dir from any source is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
