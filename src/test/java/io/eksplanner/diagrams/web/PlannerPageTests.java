package io.eksplanner.diagrams.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page is served at / with a strict Content-Security-Policy, and has nothing inline that the policy would block. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/planner-page-${random.uuid}")
class PlannerPageTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() {
        var page = api.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.body()).contains("<script src=\"/ui/app.js\" defer></script>");
        assertThat(api.get("/ui/app.js").header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void hasNoInlineScriptOrEventHandler() {
        var page = api.get("/").body();

        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>")
                        .matcher(page)
                        .find())
                .as("inline <script>")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(page)
                        .find())
                .as("inline event handler")
                .isFalse();
        assertThat(api.get("/ui/app.js").body()).doesNotContain("eval(", "innerHTML", "new Function");
    }

    @Test
    void forbidsScriptsInAnSvgOpenedOnItsOwn() {
        var svg = api.post("/api/v1/diagrams/network.svg", io.eksplanner.support.Canonical.text());

        assertThat(svg.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(svg.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
