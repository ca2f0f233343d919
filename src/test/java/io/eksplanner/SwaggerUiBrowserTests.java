package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
