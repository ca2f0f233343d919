package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code Location} is never steered by a client's {@code Host} or {@code X-Forwarded-*} headers: Tomcat reads
 * forwarded headers ({@code server.forward-headers-strategy=native}), but no proxy is configured as internal, so a
 * request from 127.0.0.1 is a client's like any other, and the location is a path the client resolves itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/untrusted-location-${random.uuid}",
            "server.forward-headers-strategy=native",
            "planner.security.mode=token",
            // printf %s editor-token-91c2 | sha256sum
            "planner.security.tokens[0].sha256=ebd237037f3cef9f356b66b0e68f1f99a37dc87ce280abdd87bad89219a43f0a",
            "planner.security.tokens[0].role=editor"
        })
class UntrustedProxyLocationTests {

    static final String[] EDITOR = {"Authorization", "Bearer editor-token-91c2"};

    @LocalServerPort
    int port;

    @Test
    void aHostileHostOrForwardedHostFromAnUntrustedAddressDoesNotSteerTheLocation() {
        var hostile = RawHttp.post(
                port,
                "/api/v1/clusters",
                ApiClient.json(Canonical.named("steered")),
                "Host",
                "evil.example",
                "X-Forwarded-Host",
                "evil.example:8443",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Prefix",
                "/phish",
                EDITOR[0],
                EDITOR[1]);
        var child = RawHttp.post(
                port,
                "/api/v1/clusters/steered/subnets",
                "{\"name\":\"extra-a\",\"cidr\":\"192.168.240.0/24\"}",
                "Host",
                "127.0.0.1:" + port,
                "X-Forwarded-Host",
                "evil.example",
                EDITOR[0],
                EDITOR[1]);

        System.out.println("Location with hostile Host and X-Forwarded-*: "
                + hostile.headers().get("location") + ", " + child.headers().get("location"));
        assertThat(hostile.status()).isEqualTo(201);
        assertThat(hostile.headers().get("location")).isEqualTo("/api/v1/clusters/steered");
        assertThat(child.status()).isEqualTo(201);
        assertThat(child.headers().get("location")).isEqualTo("/api/v1/clusters/steered/subnets/extra-a");
    }

    @Test
    void aHostileHostDoesNotBecomeTheServerOfTheApiDescription() {
        var description = RawHttp.get(
                port,
                "/v3/api-docs",
                "Host",
                "evil.example",
                "X-Forwarded-Host",
                "evil.example",
                "Accept-Encoding",
                "identity");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.body()).doesNotContain("evil.example");
        assertThat(ApiClient.tree(description.body())
                        .get("servers")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo("/");
    }
}
