package io.eksplanner.security.web;

import static io.eksplanner.support.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role matrix of {@code token} mode over real HTTP: no token, an unknown token, and each of the three roles,
 * against a representative operation of every kind — a read, the stateless plans and dry runs, the writes to a
 * cluster and its children, imports that store, and deleting a cluster. Each cell is 2xx, 401 or 403, and every
 * refusal is a problem.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/role-matrix-${random.uuid}",
            "planner.security.mode=token",
            // printf %s viewer-token-7f3a | sha256sum, and so on.
            "planner.security.tokens[0].sha256=f553ac85a063563b0be8856317c1353d5f950a07be7b73ffce65a41d5925d139",
            "planner.security.tokens[0].role=viewer",
            "planner.security.tokens[0].name=vera",
            "planner.security.tokens[1].sha256=EBD237037F3CEF9F356B66B0E68F1F99A37DC87CE280ABDD87BAD89219A43F0A",
            "planner.security.tokens[1].role=editor",
            "planner.security.tokens[2].sha256=28e00a808b671ff530a95a5b027ea2d0f06ed8d1befc82a6181bef0d605b2e07",
            "planner.security.tokens[2].role=Admin"
        })
class RoleMatrixTests {

    static final String VIEWER = "viewer-token-7f3a";
    static final String EDITOR = "editor-token-91c2";
    static final String ADMIN = "admin-token-4e8d";

    private static final String YAML = "application/yaml";
    private static final String SUBNET = "{\"name\":\"extra-a\",\"cidr\":\"192.168.240.0/24\","
            + "\"availabilityZone\":\"ap-northeast-2a\",\"type\":\"PRIVATE\",\"egress\":\"NAT_GATEWAY\"}";

    private static final AtomicInteger CLUSTERS = new AtomicInteger();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** Who calls: a label, the token sent (null for none) and the role it holds (null for none). */
    record Caller(String label, String token, Role role) {}

    /** One kind of operation: the role it needs, whether it needs a stored cluster, and the call itself. */
    record Operation(String label, Role needs, boolean onCluster, BiFunction<Call, String, Response> call) {}

    /** The caller's side of one call: the API client and the Authorization header to send. */
    record Call(ApiClient api, String[] auth) {}

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, null),
            new Caller("unknown token", "not-a-configured-token", null),
            new Caller("viewer", VIEWER, Role.VIEWER),
            new Caller("editor", EDITOR, Role.EDITOR),
            new Caller("admin", ADMIN, Role.ADMIN));

    static final List<Operation> OPERATIONS = List.of(
            new Operation(
                    "GET cluster list", Role.VIEWER, false, (c, n) -> c.api().get("/api/v1/clusters", c.auth())),
            new Operation(
                    "GET cluster's plan",
                    Role.VIEWER,
                    true,
                    (c, n) -> c.api().get("/api/v1/clusters/" + n + "/plan", c.auth())),
            new Operation(
                    "POST validation",
                    Role.VIEWER,
                    false,
                    (c, n) -> c.api().post("/api/v1/validations", Canonical.text(), c.auth())),
            new Operation(
                    "POST ip-plan",
                    Role.VIEWER,
                    false,
                    (c, n) -> c.api().post("/api/v1/ip-plans", Canonical.text(), c.auth())),
            new Operation(
                    "POST import dry run",
                    Role.VIEWER,
                    false,
                    (c, n) -> c.api().send("POST", "/api/v1/imports?dryRun=true", eksctl("dry"), YAML, c.auth())),
            new Operation(
                    "GET revisions",
                    Role.VIEWER,
                    true,
                    (c, n) -> c.api().get("/api/v1/clusters/" + n + "/revisions", c.auth())),
            new Operation(
                    "POST cluster",
                    Role.EDITOR,
                    false,
                    (c, n) -> c.api().post("/api/v1/clusters", ApiClient.json(Canonical.named(n)), c.auth())),
            new Operation(
                    "PUT cluster",
                    Role.EDITOR,
                    true,
                    (c, n) -> c.api().put("/api/v1/clusters/" + n, ApiClient.json(Canonical.named(n)), c.auth())),
            new Operation(
                    "POST subnet",
                    Role.EDITOR,
                    true,
                    (c, n) -> c.api().post("/api/v1/clusters/" + n + "/subnets", SUBNET, c.auth())),
            new Operation(
                    "DELETE subnet",
                    Role.EDITOR,
                    true,
                    (c, n) -> c.api().delete("/api/v1/clusters/" + n + "/subnets/private-c", c.auth())),
            new Operation(
                    "POST restore",
                    Role.EDITOR,
                    true,
                    (c, n) -> c.api().post("/api/v1/clusters/" + n + "/revisions/0/restore", null, c.auth())),
            new Operation(
                    "GET HTTP routes",
                    Role.VIEWER,
                    true,
                    (c, n) -> c.api().get("/api/v1/clusters/" + n + "/http-routes", c.auth())),
            new Operation(
                    "POST HTTP route",
                    Role.EDITOR,
                    true,
                    (c, n) -> c.api()
                            .post(
                                    "/api/v1/clusters/" + n + "/http-routes",
                                    "{\"name\":\"web\",\"namespace\":\"default\"}",
                                    c.auth())),
            new Operation(
                    "POST import storing",
                    Role.EDITOR,
                    false,
                    (c, n) -> c.api().send("POST", "/api/v1/imports?dryRun=false", eksctl(n), YAML, c.auth())),
            new Operation(
                    "DELETE cluster", Role.ADMIN, true, (c, n) -> c.api().delete("/api/v1/clusters/" + n, c.auth())));

    @Test
    void eachRoleMayCallWhatItsRoleAllowsAndIsRefusedTheRestWithAProblem() {
        var table = new ArrayList<String>();
        int allowed = 0;
        int unauthenticated = 0;
        int forbidden = 0;
        for (Operation operation : OPERATIONS) {
            var row = new StringBuilder(String.format("%-22s", operation.label()));
            for (Caller caller : CALLERS) {
                var name = "matrix-" + CLUSTERS.incrementAndGet();
                if (operation.onCluster()) {
                    var created = api.post("/api/v1/clusters", ApiClient.json(Canonical.named(name)), bearer(ADMIN));
                    assertThat(created.status()).as("setting up %s", name).isEqualTo(201);
                }
                var answer = operation.call().apply(new Call(api, bearer(caller.token())), name);
                var cell = operation.label() + " as " + caller.label() + ": " + answer;
                if (caller.role() == null) {
                    assertThat(answer.status()).as(cell).isEqualTo(401);
                    assertThat(answer.header("WWW-Authenticate")).as(cell).startsWith("Bearer");
                    assertProblem(answer, "unauthenticated", cell);
                    unauthenticated++;
                } else if (caller.role().compareTo(operation.needs()) < 0) {
                    assertThat(answer.status()).as(cell).isEqualTo(403);
                    assertProblem(answer, "forbidden", cell);
                    forbidden++;
                } else {
                    assertThat(answer.status()).as(cell).isBetween(200, 299);
                    allowed++;
                }
                row.append(String.format(" %-14s", caller.label() + "=" + answer.status()));
            }
            table.add(row.toString());
        }
        table.forEach(System.out::println);
        System.out.printf(
                "role matrix: %d cells, %d allowed, %d x 401, %d x 403%n",
                OPERATIONS.size() * CALLERS.size(), allowed, unauthenticated, forbidden);
        // Seven editor operations refused to the viewer, the admin one to viewer and editor.
        assertThat(forbidden).isEqualTo(7 + 2);
        assertThat(unauthenticated).isEqualTo(2 * OPERATIONS.size());
    }

    @Test
    void aRefusedWriteChangesNothing() {
        var name = "matrix-untouched";
        assertThat(api.post("/api/v1/clusters", ApiClient.json(Canonical.named(name)), bearer(EDITOR))
                        .status())
                .isEqualTo(201);

        assertThat(api.delete("/api/v1/clusters/" + name, bearer(EDITOR)).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/clusters/" + name + "/subnets/private-c", bearer(VIEWER))
                        .status())
                .isEqualTo(403);

        var stored = api.get("/api/v1/clusters/" + name, bearer(VIEWER));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void eachWriteIsRecordedUnderTheTokensName() {
        var name = "matrix-audited";
        assertThat(api.post("/api/v1/clusters", ApiClient.json(Canonical.named(name)), bearer(EDITOR))
                        .status())
                .isEqualTo(201);
        assertThat(api.delete("/api/v1/clusters/" + name + "/subnets/private-c", bearer(ADMIN))
                        .status())
                .isEqualTo(204);

        var items = api.get("/api/v1/clusters/" + name + "/revisions", bearer(VIEWER))
                .json()
                .get("items");
        // The editor's token has no name configured, so it is named by its place in the list.
        assertThat(items.get(0).get("principal").asString()).isEqualTo("token-2");
        assertThat(items.get(1).get("principal").asString()).isEqualTo("token-1");
    }

    @Test
    void healthInfoAndTheApiDescriptionStayOpen() {
        for (String path : List.of(
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/info",
                "/v3/api-docs",
                "/problems",
                "/problems/precondition-failed")) {
            assertThat(api.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(api.get("/").status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionDeclaresTheBearerSchemeThatSwaggerUiAuthorizesWith() {
        var description = api.get("/v3/api-docs").json();
        var scheme = description.get("components").get("securitySchemes").get("bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(description.get("security").get(0).has("bearer")).isTrue();
        var delete = description.get("paths").get("/api/v1/clusters/{cluster}").get("delete");
        assertThat(delete.get("responses").has("401")).isTrue();
        assertThat(delete.get("responses").has("403")).isTrue();
    }

    @Test
    void aCrossSiteWriteIsRefusedEvenWithAValidToken() {
        var refused = api.post(
                "/api/v1/clusters",
                ApiClient.json(Canonical.named("matrix-cross-site")),
                "Authorization",
                "Bearer " + EDITOR,
                "Sec-Fetch-Site",
                "cross-site");
        assertThat(refused.status()).isEqualTo(403);
        assertProblem(refused, "cross-site-request", refused.toString());
        assertThat(api.get("/api/v1/clusters/matrix-cross-site", bearer(VIEWER)).status())
                .isEqualTo(404);
    }

    @Test
    void theConfiguredHashesAreTheSha256OfTheTokens() {
        assertThat(HexFormat.of().formatHex(HashedTokens.sha256(VIEWER)))
                .isEqualTo("f553ac85a063563b0be8856317c1353d5f950a07be7b73ffce65a41d5925d139");
    }

    static void assertProblem(Response answer, String type, String cell) {
        assertThat(answer.header("Content-Type")).as(cell).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).as(cell).isEqualTo(ProblemType.DEFAULT_BASE + type);
    }

    private static String eksctl(String name) {
        try {
            return Files.readString(Path.of("examples/canonical-cluster.eksctl.yaml"))
                    .replaceFirst("(?m)^  name: demo$", "  name: " + name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
