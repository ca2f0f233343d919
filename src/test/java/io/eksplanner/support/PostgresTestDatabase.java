package io.eksplanner.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the persistence tests run against: the one named by {@code PLANNER_TEST_POSTGRES_URL} when set
 * (never Testcontainers then), else a Testcontainers PostgreSQL where Docker is available. Each test context gets a
 * fresh schema, so runs never see each other's data. Under {@code CI=true} having neither is a failure, since a
 * skipped database test is not a passed one; elsewhere the tests are skipped with the reason.
 */
public final class PostgresTestDatabase {

    /** The PostgreSQL image used where Docker is available; pinned so that runs are repeatable. */
    public static final String IMAGE = "postgres:17.6";

    private static PostgreSQLContainer container;

    private PostgresTestDatabase() {}

    /** Points Spring's datasource at a fresh schema of the test PostgreSQL. */
    public static void register(DynamicPropertyRegistry registry) {
        var schema = freshSchema();
        registry.add("spring.datasource.url", () -> schema.get("PLANNER_DB_URL"));
        registry.add("spring.datasource.username", () -> schema.get("PLANNER_DB_USER"));
        registry.add("spring.datasource.password", () -> schema.get("PLANNER_DB_PASSWORD"));
    }

    /**
     * The datasource properties of a fresh schema of the test PostgreSQL, as command-line arguments for a planner
     * started as a process of its own.
     */
    public static java.util.List<String> freshSchemaArguments() {
        var schema = freshSchema();
        return java.util.List.of(
                "--spring.datasource.url=" + schema.get("PLANNER_DB_URL"),
                "--spring.datasource.username=" + schema.get("PLANNER_DB_USER"),
                "--spring.datasource.password=" + schema.get("PLANNER_DB_PASSWORD"));
    }

    /**
     * A fresh schema of the test PostgreSQL as the environment variables the {@code postgres} profile reads
     * ({@code PLANNER_DB_URL}, {@code PLANNER_DB_USER}, {@code PLANNER_DB_PASSWORD}).
     */
    public static java.util.Map<String, String> freshSchema() {
        var server = server();
        var schema =
                "planner_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createSchema(server, schema);
        var separator = server.url().contains("?") ? "&" : "?";
        return java.util.Map.of(
                "PLANNER_DB_URL", server.url() + separator + "currentSchema=" + schema,
                "PLANNER_DB_USER", server.user(),
                "PLANNER_DB_PASSWORD", server.password());
    }

    /** Why the PostgreSQL tests cannot run here. */
    static final String MISSING = "no PostgreSQL for the persistence tests: set PLANNER_TEST_POSTGRES_URL"
            + " (and PLANNER_TEST_POSTGRES_USER/PASSWORD) or make Docker available";

    /** Whether a test PostgreSQL is named by the environment or can be started with Docker. */
    static boolean available() {
        return configuredUrl() != null || DockerClientFactory.instance().isDockerAvailable();
    }

    /** Whether this is a CI run, where the PostgreSQL tests must run. */
    static boolean requiredByCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String configuredUrl() {
        var url = System.getenv("PLANNER_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static Server server() {
        var url = configuredUrl();
        if (url != null) {
            return new Server(
                    url,
                    envOrDefault("PLANNER_TEST_POSTGRES_USER", "postgres"),
                    envOrDefault("PLANNER_TEST_POSTGRES_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        throw new IllegalStateException(MISSING + "; under CI=true this is a failure, not a skip");
    }

    private static synchronized Server startContainer() {
        if (container == null) {
            container = new PostgreSQLContainer(IMAGE);
            container.start();
        }
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static void createSchema(Server server, String schema) {
        try (var connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + server.url(), e);
        }
    }

    private static String envOrDefault(String name, String fallback) {
        var value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String url, String user, String password) {}
}
