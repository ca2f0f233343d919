package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every property of the contract says the rule it follows (src/docs/api-conventions.md §2): a client reading the
 * schema learns the pattern, range, default, values and what null means without the README. The properties not
 * documented yet are listed in {@code openapi/undocumented-properties.txt}; the list may only shrink — a new property
 * without a description fails, and so does a listed one that has gained one, until it is taken off the list.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class OpenApiPropertyDescriptionsTests {

    private static final Path UNDOCUMENTED = Path.of("src/test/resources/openapi/undocumented-properties.txt");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private JsonNode schemas;

    @BeforeEach
    void fetchSpec() throws IOException, InterruptedException {
        schemas = LiveOpenApi.fetch(HttpClient.newHttpClient(), port, json)
                .path("components")
                .path("schemas");
    }

    @Test
    void everyPropertyHasADescriptionOrIsListedAsNotYetDocumented() throws IOException {
        var undocumented = new TreeSet<String>();
        for (var schema : schemas.properties()) {
            for (var property : schema.getValue().path("properties").properties()) {
                if (!described(property.getValue())) {
                    undocumented.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        Set<String> listed = Files.readAllLines(UNDOCUMENTED).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));

        System.out.printf("OpenAPI properties without a description: %d%n", undocumented.size());
        assertThat(undocumented)
                .as("properties without a description (describe them; never add them to %s)", UNDOCUMENTED)
                .isSubsetOf(listed);
        assertThat(listed)
                .as("listed in %s but described now: take them off the list", UNDOCUMENTED)
                .isSubsetOf(undocumented);
    }

    @Test
    void noDescriptionMerelyRepeatsThePropertyName() {
        var filler = new TreeSet<String>();
        for (var schema : schemas.properties()) {
            for (var property : schema.getValue().path("properties").properties()) {
                var words = property.getValue()
                        .path("description")
                        .asString("")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]", "");
                var name = property.getKey().toLowerCase(Locale.ROOT);
                if (words.equals(name) || words.equals("the" + name)) {
                    filler.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertThat(filler).as("descriptions that only repeat the name").isEmpty();
    }

    /** A description of its own, or a reference to a schema that has one. */
    private boolean described(JsonNode property) {
        if (!property.path("description").asString("").isBlank()) {
            return true;
        }
        var ref = property.path("$ref").asString("");
        return !ref.isEmpty()
                && !schemas.path(ref.substring(ref.lastIndexOf('/') + 1))
                        .path("description")
                        .asString("")
                        .isBlank();
    }
}
