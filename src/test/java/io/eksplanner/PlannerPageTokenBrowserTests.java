package io.eksplanner;

import static io.eksplanner.PlannerPageBrowserTests.PATIENCE;
import static io.eksplanner.PlannerPageBrowserTests.count;
import static io.eksplanner.PlannerPageBrowserTests.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.DevTools;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page under {@code planner.security.mode=token}, in headless Chromium: it opens without a token and says a 401
 * asks for one, takes a token into sessionStorage and sends it as {@code Authorization: Bearer}, shows a viewer's 403
 * on storing as a problem with advice, and stores and draws the canonical cluster with an editor's token, never putting
 * the token into a URL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/planner-page-token-${random.uuid}",
            "planner.security.mode=token",
            // printf %s viewer-token-7f3a | sha256sum, as RoleMatrixTests configures them.
            "planner.security.tokens[0].sha256=f553ac85a063563b0be8856317c1353d5f950a07be7b73ffce65a41d5925d139",
            "planner.security.tokens[0].role=viewer",
            "planner.security.tokens[1].sha256=EBD237037F3CEF9F356B66B0E68F1F99A37DC87CE280ABDD87BAD89219A43F0A",
            "planner.security.tokens[1].role=editor"
        })
@ExtendWith(SwaggerUiBrowserTests.ChromiumPresent.class)
class PlannerPageTokenBrowserTests {

    static final String VIEWER = "viewer-token-7f3a";
    static final String EDITOR = "editor-token-91c2";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    @Test
    void asksForATokenSendsItAsABearerAndKeepsItOutOfUrls() throws Exception {
        try (var browser = DevTools.start(SwaggerUiBrowserTests.CHROMIUM, 1280, 800)) {
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/"));
            browser.waitFor("document.readyState === 'complete' && !document.getElementById('error').hidden", PATIENCE);
            // Listing the clusters without a token: the API's 401 problem, and what to do about it.
            assertThat(text(browser, "#error .advice")).contains("enter your bearer token");

            useToken(browser, VIEWER);
            assertThat(browser.evaluate("sessionStorage.getItem('eksplanner.token')")
                            .asString())
                    .isEqualTo(VIEWER);
            assertThat(browser.evaluate("document.getElementById('token').value")
                            .asString())
                    .isEmpty();
            browser.evaluate("document.getElementById('document').value = " + DevTools.literal(Canonical.text())
                    + "; document.getElementById('store').click(); true");
            browser.waitFor("!document.getElementById('error').hidden", PATIENCE);
            assertThat(text(browser, "#error .advice")).contains("role may not do this");

            useToken(browser, EDITOR);
            browser.evaluate("document.getElementById('store').click(); true");
            browser.waitFor("document.querySelectorAll('#load-balancers svg .target').length > 0", PATIENCE);

            assertThat(count(browser, "#network svg .subnet")).isEqualTo(6);
            assertThat(api.get("/api/v1/clusters/demo", "Authorization", "Bearer " + VIEWER)
                            .status())
                    .isEqualTo(200);
            var urls = browser.evaluate("[location.href, ...[...document.querySelectorAll('a[href]')].map(a => a.href),"
                            + " ...performance.getEntriesByType('resource').map(e => e.name)].join(' ')")
                    .asString();
            assertThat(urls).contains("/api/v1/clusters").doesNotContain(EDITOR).doesNotContain(VIEWER);

            browser.evaluate("document.getElementById('forget-token').click(); true");
            assertThat(browser.evaluate("sessionStorage.getItem('eksplanner.token')")
                            .isNull())
                    .isTrue();
        }
    }

    private static void useToken(DevTools browser, String token) throws Exception {
        browser.evaluate("document.getElementById('token').value = " + DevTools.literal(token)
                + "; document.getElementById('use-token').click(); true");
        browser.waitFor(
                "document.getElementById('error').hidden"
                        + " && document.getElementById('token-state').textContent.startsWith('A token')",
                PATIENCE);
    }
}
