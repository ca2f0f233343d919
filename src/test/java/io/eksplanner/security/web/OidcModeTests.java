package io.eksplanner.security.web;

import static io.eksplanner.security.web.RoleMatrixTests.assertProblem;
import static io.eksplanner.support.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.TestJwts;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code oidc} mode with JWTs signed here, by a key pair made for the test: the service checks them against the
 * public key it is configured with (no network, no identity provider), and reads the roles from the {@code groups}
 * claim, a group mapped to a role or named after one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/oidc-mode-${random.uuid}",
            "planner.security.mode=oidc",
            "planner.security.oidc.roles-claim=groups",
            "planner.security.oidc.role-mapping.platform-admins=admin"
        })
class OidcModeTests {

    static final KeyPair ISSUER = TestJwts.keyPair();
    static final KeyPair STRANGER = TestJwts.keyPair();

    @LocalServerPort
    int port;

    ApiClient api;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> TestJwts.publicKeyFile(ISSUER));
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    @Test
    void grantsTheRolesTheGroupsClaimNames() {
        var viewer =
                jwt(ISSUER, List.of("viewer", "unrelated-group"), Instant.now().plusSeconds(300));
        var editor = jwt(ISSUER, "editor", Instant.now().plusSeconds(300));
        var admin = jwt(ISSUER, List.of("platform-admins"), Instant.now().plusSeconds(300));

        assertThat(api.get("/api/v1/clusters", bearer(viewer)).status()).isEqualTo(200);
        var refused = api.post("/api/v1/clusters", ApiClient.json(Canonical.named("oidc")), bearer(viewer));
        assertThat(refused.status()).isEqualTo(403);
        assertProblem(refused, "forbidden", refused.toString());

        assertThat(api.post("/api/v1/clusters", ApiClient.json(Canonical.named("oidc")), bearer(editor))
                        .status())
                .isEqualTo(201);
        assertThat(api.delete("/api/v1/clusters/oidc", bearer(editor)).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/clusters/oidc", bearer(admin)).status()).isEqualTo(204);

        // The writes are recorded under the JWT's subject; a deleted cluster's revisions stay readable.
        var revisions = api.get("/api/v1/clusters/oidc/revisions", bearer(viewer))
                .json()
                .get("items");
        assertThat(revisions).hasSize(2);
        revisions.forEach(
                revision -> assertThat(revision.get("principal").asString()).isEqualTo("someone@example.com"));
    }

    @Test
    void refusesATokenNotSignedByTheIssuerOrExpiredAndOneWithoutARole() {
        var forged = api.get(
                "/api/v1/clusters",
                bearer(jwt(STRANGER, List.of("admin"), Instant.now().plusSeconds(300))));
        var expired = api.get(
                "/api/v1/clusters",
                bearer(jwt(ISSUER, List.of("admin"), Instant.now().minusSeconds(3600))));
        var none = api.get("/api/v1/clusters");
        for (var answer : List.of(forged, expired, none)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            assertProblem(answer, "unauthenticated", answer.toString());
        }
        assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");

        var roleless = api.get(
                "/api/v1/clusters",
                bearer(jwt(ISSUER, List.of("other"), Instant.now().plusSeconds(300))));
        assertThat(roleless.status()).isEqualTo(403);
    }

    private static String jwt(KeyPair signer, Object groups, Instant expires) {
        return TestJwts.withGroups(signer, groups, expires);
    }
}
