package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-in copy of the OpenAPI document, src/docs/openapi.json, is the live one: a change of the contract shows
 * in review, and the clients are generated from the copy (src/docs/api-conventions.md §5). Under CI=true a stale
 * copy fails the build; elsewhere the test rewrites it, to be committed with the change.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class OpenApiCopyTests {

    static final Path COPY = Path.of("src/docs/openapi.json");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void checkedInCopyIsTheLiveDocument() throws Exception {
        var live = json.rebuild()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build()
                        .writeValueAsString(LiveOpenApi.fetch(HttpClient.newHttpClient(), port, json))
                + "\n";
        var copy = Files.exists(COPY) ? Files.readString(COPY, StandardCharsets.UTF_8) : "";
        if (live.equals(copy)) {
            System.out.printf("OpenAPI copy: %s is the live document (%d bytes)%n", COPY, live.length());
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(copy)
                    .as(
                            "%s is stale: run OpenApiCopyTests locally (without CI=true) and commit the rewritten copy",
                            COPY)
                    .isEqualTo(live);
        }
        Files.writeString(COPY, live, StandardCharsets.UTF_8);
        System.out.printf("OpenAPI copy: rewrote %s (%d bytes); commit it with the change%n", COPY, live.length());
    }

    /**
     * Every pattern of the contract is one the clients' generators take: the Python generator refuses a pattern that
     * starts with a slash ("Pattern must follow the Perl /pattern/modifiers convention"), so anchor it with ^.
     */
    @Test
    void noPatternStartsWithASlash() throws Exception {
        var patterns = new java.util.ArrayList<String>();
        collectPatterns(json.readTree(Files.readString(COPY, StandardCharsets.UTF_8)), patterns);
        assertThat(patterns).isNotEmpty();
        assertThat(patterns).noneMatch(pattern -> pattern.startsWith("/"));
    }

    private static void collectPatterns(tools.jackson.databind.JsonNode node, java.util.List<String> patterns) {
        if (node.isObject()) {
            for (var name : node.propertyNames()) {
                var value = node.get(name);
                if ("pattern".equals(name) && value.isString()) {
                    patterns.add(value.asString());
                } else {
                    collectPatterns(value, patterns);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectPatterns(item, patterns));
        }
    }
}
