package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The answers a client gets where no controller of ours runs — Tomcat's own refusals, the container's error
 * dispatch, a multipart body the framework cannot frame — and paging far past the end: each a 4xx problem, never
 * HTML, never Boot's status 999, never a 500.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/server-errors-${random.uuid}")
class ServerErrorProblemTests {

    @LocalServerPort
    int port;

    @Value("${planner.data-path}")
    Path dataPath;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** Sends raw bytes, for requests no HTTP client library will send; answers the whole response text. */
    private String raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void answersAnIllegalRequestLineWithAProblemNotTomcatsPage() throws IOException {
        var answer = raw("GET /api/v1/clusters/a{b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"type\":\"" + ProblemType.REQUEST_ERROR.type() + "\"");
        assertThat(answer).doesNotContain("<html", "Tomcat");
    }

    @Test
    void answersAMethodTomcatDoesNotImplementWithAProblem() throws IOException {
        var answer = raw("CONNECT /api/v1/clusters HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 501");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"type\":\"" + ProblemType.NOT_IMPLEMENTED.type() + "\"");
        assertThat(answer).doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE", "PUT"})
    void findsNoResourceAtTheErrorPathItself(String method) {
        var response = api.send(method, "/error", null, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString())
                .isEqualTo(ProblemType.NOT_FOUND.type().toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data",
                "multipart/form-data; boundary=cut",
            })
    void refusesAMultipartBodyItCannotFrame(String contentType) {
        var body = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\nkind: Service";

        var response = api.send("POST", "/api/v1/imports?dryRun=true", body, contentType);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString())
                .isEqualTo(ProblemType.MALFORMED_MULTIPART.type().toString());
        assertThat(response.body()).doesNotContain("Exception", "org.apache");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clusters?page=%ED%A0%80", "/api/v1/instance-types?family=lone%20%ED%A0%80"})
    void refusesAQueryParameterThatIsNotUtf8AsAProblem(String target) {
        var response = api.get(target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/invalid-parameter");
        assertThat(response.body()).doesNotContain("tomcat", "Exception");
    }

    @Test
    void answersAPageOfClustersPastAnyOffsetAsEmpty() {
        api.deleteAllClusters();
        assertThat(api.post("/api/v1/clusters", Canonical.text()).status()).isEqualTo(201);

        var response = api.get("/api/v1/clusters?page=21474837&size=100");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
        assertThat(response.json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nodes", "pods"})
    void answersAnIpPlanPagePastAnyOffsetAsEmpty(String detail) {
        var response = api.post("/api/v1/ip-plans?detail=" + detail + "&page=2147483647&size=1000", Canonical.text());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(detail)).isEmpty();
    }

    @Test
    void keepsTheEmbeddedDatabaseFilesFromOtherUsers() throws IOException {
        var mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(dataPath));

        assertThat(mode).isEqualTo("rwx------");
        assertThat(Files.list(dataPath))
                .anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
    }

    @Test
    void namesTheServiceButNoVersionsAtInfo() {
        var info = api.get("/actuator/info");

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().at("/app/name").asString()).isEqualTo("EKS Network Planner");
        assertThat(info.body())
                .doesNotContain(
                        "\"java\"", "\"build\"", "jvm", Runtime.version().toString());
    }
}
