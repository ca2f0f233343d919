package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a configured internal proxy ({@code server.tomcat.remoteip.internal-proxies}, here 127.0.0.1), the
 * {@code Location} is built from the scheme and host the proxy forwards, so that it names the service as its clients
 * reach it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/trusted-location-${random.uuid}",
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            "planner.security.mode=token",
            "planner.security.tokens[0].sha256=ebd237037f3cef9f356b66b0e68f1f99a37dc87ce280abdd87bad89219a43f0a",
            "planner.security.tokens[0].role=editor"
        })
class TrustedProxyLocationTests {

    @LocalServerPort
    int port;

    @Test
    void buildsTheLocationFromWhatAnInternalProxyForwards() {
        var forwarded = RawHttp.post(
                port,
                "/api/v1/clusters",
                ApiClient.json(Canonical.named("proxied")),
                "Host",
                "10.0.0.7:" + port,
                "X-Forwarded-For",
                "203.0.113.9",
                "X-Forwarded-Host",
                "planner.example.com",
                "X-Forwarded-Proto",
                "https",
                UntrustedProxyLocationTests.EDITOR[0],
                UntrustedProxyLocationTests.EDITOR[1]);

        System.out.println(
                "Location through an internal proxy: " + forwarded.headers().get("location"));
        assertThat(forwarded.status()).isEqualTo(201);
        assertThat(forwarded.headers().get("location"))
                .isEqualTo("https://planner.example.com/api/v1/clusters/proxied");
    }
}
