package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.DevTools;
import io.eksplanner.validation.Topologies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page at {@code /} as a person uses it, in headless Chromium driven over the DevTools protocol under the page's
 * strict Content-Security-Policy: paste the canonical cluster, store it, and find its diagrams and verdict in the DOM;
 * then plan a document with an exhausted subnet and find the finding in the table and the mark in the diagram.
 * Screenshots at 1280×800 go to {@code target/screenshots/}. Skipped where Chromium is missing, except under
 * {@code CI=true}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/planner-page-${random.uuid}")
@ExtendWith(SwaggerUiBrowserTests.ChromiumPresent.class)
class PlannerPageBrowserTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void storesTheCanonicalClusterThroughThePageAndShowsItsDiagramsAndFindings() throws Exception {
        try (var browser = DevTools.start(SwaggerUiBrowserTests.CHROMIUM, 1280, 800)) {
            browser.send(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/"));
            browser.waitFor("document.readyState === 'complete' && document.getElementById('store')", PATIENCE);

            browser.evaluate("document.getElementById('document').value = " + DevTools.literal(Canonical.text())
                    + "; document.getElementById('store').click(); true");
            browser.waitFor(
                    "document.querySelectorAll('#network svg .subnet').length > 0"
                            + " && document.querySelectorAll('#load-balancers svg .target').length > 0",
                    PATIENCE);

            assertThat(api.get("/api/v1/clusters/demo").status()).isEqualTo(200);
            assertThat(count(browser, "#network svg .az-column")).isEqualTo(3);
            assertThat(count(browser, "#network svg .subnet")).isEqualTo(6);
            assertThat(count(browser, "#network svg .node-marker")).isEqualTo(4);
            assertThat(count(browser, "#load-balancers svg .target")).isEqualTo(4);
            assertThat(count(browser, "#load-balancers svg .pod-share")).isEqualTo(4);
            assertThat(count(browser, "#subnets tbody tr")).isEqualTo(6);
            assertThat(text(browser, "#cluster option:checked")).startsWith("demo");
            assertThat(text(browser, "#title")).isEqualTo("Cluster demo");
            assertThat(text(browser, "#verdict")).startsWith("Valid: 0 errors");
            assertThat(browser.evaluate("document.getElementById('error').hidden")
                            .asBoolean())
                    .isTrue();
            browser.screenshot(SCREENSHOTS.resolve("planner-page-network.png"));

            browser.evaluate("document.querySelector('#network svg .node-marker')"
                    + ".dispatchEvent(new MouseEvent('click', {bubbles: true})); true");
            browser.waitFor("document.querySelectorAll('#node svg .eni').length > 0", PATIENCE);
            assertThat(text(browser, "#node-title")).startsWith("Node ip-192-168-");
            assertThat(count(browser, "#node svg .pod")).isPositive();

            var exhausted = Canonical.tree();
            ((tools.jackson.databind.node.ObjectNode)
                            exhausted.withArray("subnets").get(1))
                    .put("cidr", "192.168.32.0/28");
            browser.evaluate("document.getElementById('document').value = "
                    + DevTools.literal(ApiClient.json(exhausted)) + "; document.getElementById('plan').click(); true");
            browser.waitFor(
                    "document.getElementById('title').textContent.startsWith('Posted')"
                            + " && document.querySelectorAll('#network svg .exhausted').length === 1",
                    PATIENCE);

            assertThat(count(browser, "#findings tbody tr")).isPositive();
            assertThat(text(browser, "#verdict")).startsWith("Not valid");
            assertThat(browser.evaluate("[...document.querySelectorAll('#findings tbody tr')]"
                                    + ".some(row => row.dataset.path.startsWith('subnets[1]'))")
                            .asBoolean())
                    .isTrue();
            browser.evaluate("document.querySelector('#findings th button[data-sort=code]').click(); true");
            assertThat(browser.evaluate("document.querySelector('#findings th button[data-sort=code]')"
                                    + ".getAttribute('aria-sort')")
                            .asString())
                    .isEqualTo("ascending");
            browser.evaluate("document.querySelector('#subnets th button[data-sort=freeIps]').click(); true");
            assertThat(text(browser, "#subnets tbody tr:first-child td")).isEqualTo("public-b");
            assertThat(count(browser, "#subnets tbody tr.exhausted")).isEqualTo(1);
            browser.evaluate("document.getElementById('verdict').scrollIntoView(); true");
            browser.screenshot(SCREENSHOTS.resolve("planner-page-findings.png"));
        }
    }

    @Test
    void showsAnApiProblemAsItsTitleAndDetail() throws Exception {
        try (var browser = DevTools.start(SwaggerUiBrowserTests.CHROMIUM, 1280, 800)) {
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/"));
            browser.waitFor("document.readyState === 'complete' && document.getElementById('plan')", PATIENCE);

            browser.evaluate("document.getElementById('document').value = '{\"name\": \"Not A Name!\"}';"
                    + " document.getElementById('plan').click(); true");
            browser.waitFor("!document.getElementById('error').hidden", PATIENCE);

            // The page shows the problem's title and detail as the API sent them; which field path the detail names
            // is the API's contract, tested there, not the page's.
            assertThat(text(browser, "#error h2")).isNotBlank().doesNotContain("Exception");
            assertThat(text(browser, "#error")).contains("must be letters, digits");
        }
    }

    @Test
    void linksEachFindingToTheNodeGroupOrLoadBalancerItConcerns() throws Exception {
        var document = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("nodeGroups[0].subnets", List.of("public-b"))
                .set(
                        "services[0].annotations",
                        Map.of("service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags", "team"))
                .set(
                        "ingresses",
                        List.of(Map.of(
                                "name",
                                "web",
                                "namespace",
                                "default",
                                "ingressClassName",
                                "missing",
                                "rules",
                                List.of())))
                .json();
        try (var browser = DevTools.start(SwaggerUiBrowserTests.CHROMIUM, 1280, 800)) {
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/"));
            browser.waitFor("document.readyState === 'complete' && document.getElementById('plan')", PATIENCE);
            browser.evaluate("document.getElementById('document').value = " + DevTools.literal(document)
                    + "; document.getElementById('plan').click(); true");
            browser.waitFor("document.querySelectorAll('#findings tbody tr').length > 0", PATIENCE);

            assertThat(clickFinding(browser, "nodeGroups[0]")).isTrue();
            assertThat(count(browser, "#network svg .node-group.linked")).isEqualTo(1);
            assertThat(count(browser, "#network svg .node-group.linked .node-marker"))
                    .isEqualTo(4);
            assertThat(count(browser, "#load-balancers svg .linked")).isZero();

            assertThat(clickFinding(browser, "services[0]")).isTrue();
            assertThat(count(browser, "#network svg .linked")).isZero();
            assertThat(linked(browser)).isEqualTo("service.default.my-nginx");

            assertThat(clickFinding(browser, "ingresses[0]")).isTrue();
            assertThat(linked(browser)).isEqualTo("ingress.default.web");
            // Ids the page and other tools can point at stay the same from one drawing to the next.
            assertThat(count(browser, "#network svg #subnet-1")).isEqualTo(1);
            assertThat(count(browser, "#load-balancers svg [id='load-balancer-service.default.my-nginx']"))
                    .isEqualTo(1);
        }
    }

    @Test
    void printsTheVerdictFindingsAndDiagramsWithoutTheControls() throws Exception {
        api.post("/api/v1/clusters", Canonical.text());
        try (var browser = DevTools.start(SwaggerUiBrowserTests.CHROMIUM, 1280, 800)) {
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/?cluster=demo"));
            browser.waitFor("document.querySelectorAll('#load-balancers svg .target').length > 0", PATIENCE);
            assertThat(display(browser, "#choose")).isNotEqualTo("none");

            browser.send("Emulation.setEmulatedMedia", Map.of("media", "print"));

            for (String control : new String[] {"#choose", "#access", "nav", "#filter"}) {
                assertThat(display(browser, control)).as(control).isEqualTo("none");
            }
            for (String shown : new String[] {"#verdict", "#subnets", "#network svg", "#load-balancers svg"}) {
                assertThat(display(browser, shown)).as(shown).isNotEqualTo("none");
                assertThat(browser.evaluate("document.querySelector(" + DevTools.literal(shown)
                                        + ").getBoundingClientRect().height")
                                .asDouble())
                        .as(shown)
                        .isPositive();
            }
            var pdf = browser.send("Page.printToPDF", Map.of("landscape", true, "printBackground", true))
                    .get("data")
                    .asString();
            var bytes = Base64.getDecoder().decode(pdf);
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(bytes.length).isGreaterThan(10_000);
        }
    }

    /** Clicks the first finding whose path starts with {@code path}; answers whether there was one. */
    static boolean clickFinding(DevTools browser, String path) throws Exception {
        return browser.evaluate("(() => { const row = [...document.querySelectorAll('#findings tbody tr')]"
                        + ".find(r => r.dataset.path.startsWith(" + DevTools.literal(path) + "));"
                        + " if (row) { row.querySelector('td').click(); } return Boolean(row); })()")
                .asBoolean();
    }

    /** The load balancers marked in the load-balancer diagram, by id, comma-separated. */
    static String linked(DevTools browser) throws Exception {
        return browser.evaluate("[...document.querySelectorAll('#load-balancers svg .load-balancer.linked')]"
                        + ".map(g => g.getAttribute('data-load-balancer')).join(',')")
                .asString();
    }

    static String display(DevTools browser, String selector) throws Exception {
        return browser.evaluate("getComputedStyle(document.querySelector(" + DevTools.literal(selector) + ")).display")
                .asString();
    }

    static int count(DevTools browser, String selector) throws Exception {
        return browser.evaluate("document.querySelectorAll(" + DevTools.literal(selector) + ").length")
                .asInt();
    }

    static String text(DevTools browser, String selector) throws Exception {
        return browser.evaluate("document.querySelector(" + DevTools.literal(selector) + ").textContent")
                .asString();
    }
}
