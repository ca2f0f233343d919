package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.DevTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI as a person sees it: headless Chromium loads the page, runs its JavaScript against the live API
 * description, and the rendered page lists every operation. Skipped where Chromium is missing, except under
 * {@code CI=true}, where .ci/run installs it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/swagger-ui-${random.uuid}")
@ExtendWith(SwaggerUiBrowserTests.ChromiumPresent.class)
class SwaggerUiBrowserTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PLANNER_TEST_CHROMIUM", "/usr/bin/chromium"));

    @LocalServerPort
    int port;

    @Test
    void rendersEveryOperationOfTheApi() throws Exception {
        var dom = renderedDom("http://localhost:" + port + "/swagger-ui.html");

        var operations = Pattern.compile("class=\"opblock opblock-(get|post|put|delete)")
                .matcher(dom)
                .results()
                .map(match -> match.group(1))
                .toList();
        var documented = documentedOperations();
        assertThat(operations).hasSize(documented.size()).hasSizeGreaterThanOrEqualTo(37);
        assertThat(operations.stream().filter("get"::equals))
                .hasSize((int) documented.stream().filter("get"::equals).count());
        assertThat(dom)
                .contains("EKS Network Planner API")
                .contains("Create a cluster from a whole topology document")
                .contains("Add a subnet to the cluster")
                .contains("Replace one workload, keeping its place in the list")
                .contains("Validate a topology document without storing it")
                .doesNotContain("{kind}");
    }

    /** The stateless operations: they plan the document they are sent and store nothing. */
    private static final List<String> STATELESS_POSTS = List.of(
            "/api/v1/validations",
            "/api/v1/plans",
            "/api/v1/ip-plans",
            "/api/v1/load-balancer-plans",
            "/api/v1/plan-diffs",
            "/api/v1/diagrams/network.svg",
            "/api/v1/diagrams/network.mmd",
            "/api/v1/diagrams/load-balancers.svg",
            "/api/v1/diagrams/load-balancers.mmd",
            "/api/v1/diagrams/nodes/{node}.svg");

    /** Opens an operation, clicks "Try it out" then "Execute", and answers the status Swagger UI renders. */
    private static final String TRY_IT_OUT = """
            window.tryItOut = async (path) => {
              const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
              const until = async (find, tries) => {
                for (let i = 0; i < tries; i++) { const found = find(); if (found) return found; await sleep(100); }
                return null;
              };
              const block = [...document.querySelectorAll('.opblock.opblock-post')].find(candidate =>
                  candidate.querySelector('.opblock-summary-path')?.getAttribute('data-path') === path);
              if (!block) return 'no operation';
              block.scrollIntoView();
              if (!block.classList.contains('is-open')) block.querySelector('.opblock-summary-control').click();
              const tryOut = await until(() => block.querySelector('.try-out__btn'), 100);
              if (!tryOut) return 'no Try it out';
              tryOut.click();
              const execute = await until(() => block.querySelector('.execute'), 100);
              if (!execute) return 'no Execute';
              execute.click();
              const status = await until(
                  () => block.querySelector('.live-responses-table tbody .response-col_status'), 600);
              const answer = status ? status.textContent.trim() : 'no response';
              // Closed again, so that the page does not keep every rendered answer.
              block.querySelector('.opblock-summary-control').click();
              return answer;
            };
            true
            """;

    /**
     * "Try it out" → "Execute" with the documented example answers 2xx on every stateless operation of a fresh
     * service: the examples are ones that succeed as they stand (src/docs/api-conventions.md §4).
     */
    @Test
    void tryItOutSucceedsOnEveryStatelessOperation() throws Exception {
        var statuses = new java.util.LinkedHashMap<String, String>();
        long started;
        try (var browser = DevTools.start(CHROMIUM, 1280, 2000)) {
            browser.send("Page.navigate", Map.of("url", "http://localhost:" + port + "/swagger-ui.html"));
            browser.waitFor("document.querySelectorAll('.opblock.opblock-post').length > 10", Duration.ofSeconds(30));
            browser.evaluate(TRY_IT_OUT);
            started = System.nanoTime();
            for (var path : STATELESS_POSTS) {
                statuses.put(
                        path,
                        browser.evaluate("window.tryItOut(" + DevTools.literal(path) + ")")
                                .asString(""));
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Swagger UI Try it out: %s in %.1f s%n", statuses, seconds);
        assertThat(statuses)
                .allSatisfy((path, status) -> assertThat(status)
                        .as("status Swagger UI shows for POST %s", path)
                        .matches("2\\d\\d"));
        assertThat(seconds)
                .as("seconds for the ten of them, one after the other")
                .isLessThan(90);
    }

    /** The HTTP methods of every operation the API description lists. */
    private List<String> documentedOperations() throws IOException, InterruptedException {
        var spec = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        var methods = new ArrayList<String>();
        tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(spec)
                .get("paths")
                .forEach(item -> item.propertyNames().forEach(methods::add));
        return methods;
    }

    private static String renderedDom(String url) throws IOException, InterruptedException {
        var profile = Files.createTempDirectory("chromium-profile");
        var output = Files.createTempFile("swagger-ui", ".html");
        var command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=15000",
                "--dump-dom",
                url));
        var process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS))
                .as("Chromium finished rendering")
                .isTrue();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Runs the test where Chromium is installed, and under CI=true regardless, so that CI cannot skip it. */
    static class ChromiumPresent implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) || "true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM + " or CI");
            }
            return ConditionEvaluationResult.disabled(
                    "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set PLANNER_TEST_CHROMIUM)");
        }
    }
}
