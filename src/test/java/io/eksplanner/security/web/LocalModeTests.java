package io.eksplanner.security.web;

import static io.eksplanner.security.web.RoleMatrixTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * {@code none} mode, the default, over real sockets: the server listens on 127.0.0.1 only, answers only requests
 * addressed to a local name (the DNS-rebinding guard), refuses state-changing requests from other sites, and puts
 * the security headers on every answer without breaking {@code If-None-Match}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/local-mode-${random.uuid}",
            "planner.security.allowed-hosts=planner.test",
            "planner.security.allowed-origins=https://console.example"
        })
class LocalModeTests {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    @Test
    void listensOnLoopbackOnlyWhenServerAddressIsUnset() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        var address = (InetAddress) connector.getProperty("address");
        System.out.println("none mode listens on " + address);
        assertThat(address).isNotNull();
        assertThat(address.getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void answersOnlyRequestsAddressedToALocalOrAllowedName() throws IOException {
        for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "planner.test"}) {
            assertThat(raw("GET", "/api/v1/clusters", host)).as(host).startsWith("HTTP/1.1 200");
        }
        for (String host :
                new String[] {"attacker.example:" + port, "attacker.example", "localhost.attacker.example"}) {
            var answer = raw("GET", "/api/v1/clusters", host);
            assertThat(answer).as(host).startsWith("HTTP/1.1 403").contains("/problems/host-not-allowed");
        }
    }

    @Test
    void refusesAStateChangingRequestFromAnotherSite() {
        var body = ApiClient.json(Canonical.named("csrf-target"));
        var crossSite = api.post("/api/v1/clusters", body, "Sec-Fetch-Site", "cross-site");
        var foreignOrigin = api.post("/api/v1/clusters", body, "Origin", "http://attacker.example");
        var sameSiteOtherOrigin =
                api.post("/api/v1/clusters", body, "Sec-Fetch-Site", "same-site", "Origin", "http://localhost:9");
        var nullOrigin = api.post("/api/v1/clusters", body, "Origin", "null");
        var multipart = api.send(
                "POST",
                "/api/v1/imports",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\nx\r\n--b--\r\n",
                "multipart/form-data; boundary=b",
                "Sec-Fetch-Site",
                "cross-site");
        var deletion = api.delete("/api/v1/clusters/any", "Origin", "http://attacker.example");
        for (Response refused :
                new Response[] {crossSite, foreignOrigin, sameSiteOtherOrigin, nullOrigin, multipart, deletion}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertProblem(refused, "cross-site-request", refused.toString());
        }
        assertThat(api.get("/api/v1/clusters/csrf-target").status()).isEqualTo(404);
        System.out.println("cross-site writes refused: 6 of 6");
    }

    @Test
    void letsThroughTheServiceItsOwnPagesAllowedOriginsReadsAndClientsWithoutABrowser() {
        var created = api.post(
                "/api/v1/clusters",
                ApiClient.json(Canonical.named("own-origin")),
                "Origin",
                "http://localhost:" + port);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/validations",
                                Canonical.text(),
                                "Sec-Fetch-Site",
                                "same-origin",
                                "Origin",
                                "http://localhost:" + port)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/validations", Canonical.text(), "Origin", "https://console.example")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/validations", Canonical.text()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/clusters", "Sec-Fetch-Site", "cross-site").status())
                .isEqualTo(200);
    }

    @Test
    void putsTheSecurityHeadersOnEveryAnswerAndKeepsConditionalReads() {
        api.post("/api/v1/clusters", ApiClient.json(Canonical.named("headers")));
        var read = api.get("/api/v1/clusters/headers");
        var problem = api.get("/api/v1/clusters/no-such-cluster");
        var refused = api.post("/api/v1/clusters", "{}", "Sec-Fetch-Site", "cross-site");
        var docs = api.get("/v3/api-docs");
        for (Response answer : new Response[] {read, problem, refused, docs}) {
            assertThat(answer.header("X-Content-Type-Options"))
                    .as(answer.toString())
                    .isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-cache");
        }
        var again = api.get("/api/v1/clusters/headers", "If-None-Match", read.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
    }

    /** One request over a raw socket, whose Host header a Java HTTP client would not let us choose. */
    private String raw(String method, String path, String host) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
