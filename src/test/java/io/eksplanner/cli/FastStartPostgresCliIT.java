package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.PlannerProcess;
import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import io.eksplanner.support.TestJwts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fast-start form (the image's form: Spring AOT's code, an AOT cache or AppCDS archive) in what Spring AOT fixes
 * at build time and an operator still chooses at run time: the {@code postgres} profile, with its database from the
 * environment, and the {@code token} and {@code oidc} security modes. The form was built and trained in the default
 * profile and mode; each start here is a real process answering real requests. The JVM's version in {@code
 * /actuator/info}, switched on only at start, shows that the versions there do not depend on what the build saw.
 */
@RequiresPostgres
class FastStartPostgresCliIT {

    private static final Path LOGS = Path.of("target", "fast-start-forms");

    @Test
    void runsOnPostgresInTokenMode() throws Exception {
        var token = UUID.randomUUID().toString();
        var hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        var log = LOGS.resolve("postgres-token.log");
        try (var planner = start(
                log,
                "--planner.security.mode=token",
                "--planner.security.tokens[0].sha256=" + hash,
                "--planner.security.tokens[0].role=editor",
                "--management.info.java.enabled=true")) {
            var api = planner.api();
            // A property that Spring Boot reads when it decides which beans exist, set only now, still counts.
            assertThat(api.get("/actuator/info").json().at("/java/version").asString())
                    .isNotEmpty();
            assertThat(api.get("/api/v1/clusters").status()).isEqualTo(401);
            var bearer = ApiClient.bearer(token);
            assertThat(api.post("/api/v1/clusters", ApiClient.json(Canonical.named("fast-start")), bearer)
                            .status())
                    .isEqualTo(201);
            assertThat(api.get("/api/v1/clusters/fast-start", bearer).status()).isEqualTo(200);
        }
        assertStartedAotProcessedOnPostgres(log);
    }

    @Test
    void runsOnPostgresInOidcMode() throws Exception {
        var issuer = TestJwts.keyPair();
        var log = LOGS.resolve("postgres-oidc.log");
        try (var planner = start(
                log,
                "--planner.security.mode=oidc",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestJwts.publicKeyFile(issuer),
                "--planner.security.oidc.roles-claim=groups")) {
            var api = planner.api();
            var viewer =
                    TestJwts.withGroups(issuer, List.of("viewer"), Instant.now().plusSeconds(300));
            var forged = TestJwts.withGroups(
                    TestJwts.keyPair(), List.of("admin"), Instant.now().plusSeconds(300));
            assertThat(api.get("/api/v1/clusters", ApiClient.bearer(viewer)).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/clusters", ApiClient.bearer(forged)).status())
                    .isEqualTo(401);
            assertThat(api.post(
                                    "/api/v1/clusters",
                                    ApiClient.json(Canonical.named("fast-start")),
                                    ApiClient.bearer(viewer))
                            .status())
                    .isEqualTo(403);
        }
        assertStartedAotProcessedOnPostgres(log);
    }

    private static PlannerProcess start(Path log, String... arguments) throws Exception {
        Files.deleteIfExists(log);
        var all = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--planner.data-dir="
                        + Files.createTempDirectory("fast-start-data").toAbsolutePath()));
        all.addAll(List.of(arguments));
        return PlannerProcess.start(
                FastStartForm.ofImageJava().launcher(), all, PostgresTestDatabase.freshSchema(), log);
    }

    /** Spring Boot says so when it runs the code Spring AOT wrote; Flyway names the database it migrated. */
    private static void assertStartedAotProcessedOnPostgres(Path log) throws Exception {
        var output = Files.readString(log);
        assertThat(output).contains("Starting AOT-processed PlannerApplication").contains("jdbc:postgresql:");
    }
}
