package io.eksplanner;

import static io.eksplanner.LiveOpenApi.parameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description's examples work: the request examples are the canonical cluster and children that fit it,
 * and every problem response shows an example of each problem type it stands for.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class OpenApiExamplesTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private JsonNode spec;

    @BeforeEach
    void fetchSpec() throws Exception {
        spec = LiveOpenApi.fetch(HttpClient.newHttpClient(), port, json);
    }

    @Test
    void createClusterExampleIsTheCanonicalExample() throws IOException {
        var example = spec.at("/paths/~1api~1v1~1clusters/post/requestBody/content/application~1json/example");
        assertThat(example.isObject())
                .as("request example of POST /api/v1/clusters")
                .isTrue();
        assertThat(example.path("name").asString()).isEqualTo("demo");
        try (InputStream in = new ClassPathResource("examples/canonical-cluster.json").getInputStream()) {
            assertThat(example).isEqualTo(json.readTree(in));
        }
    }

    @Test
    void childExamplesDoNotCollideWithTheCanonicalExample() {
        var subnetsPath = "/paths/~1api~1v1~1clusters~1{cluster}~1subnets";
        var added = spec.at(subnetsPath + "/post/requestBody/content/application~1json/example");
        assertThat(added.path("name").asString()).isEqualTo("public-d");
        assertThat(added.path("cidr").asString()).isEqualTo("192.168.192.0/19");
        var replaced = spec.at(subnetsPath + "~1{name}/put/requestBody/content/application~1json/example");
        assertThat(replaced.path("name").asString()).isEqualTo("public-a");
        var item = parameter(spec.at(subnetsPath + "~1{name}/put/parameters"), "name");
        assertThat(item.path("example").asString()).isEqualTo("public-a");
        var cluster = parameter(spec.at(subnetsPath + "~1{name}/put/parameters"), "cluster");
        assertThat(cluster.path("example").asString()).isEqualTo("demo");
    }

    /**
     * src/docs/api-conventions.md §3: each problem response shows an example of each problem type it stands for, of
     * its own status, at the operation's own path; no success is documented as any media type.
     */
    @Test
    void everyProblemResponseHasAnExampleOfItsOwnTypes() {
        int examples = 0;
        for (var op : LiveOpenApi.operations(spec)) {
            if (!op.path().startsWith("/api/")) {
                continue;
            }
            for (var response : op.operation().path("responses").properties()) {
                var content = response.getValue().path("content");
                assertThat(content.has("*/*"))
                        .as("%s %s documents */*", op, response.getKey())
                        .isFalse();
                var problem = content.path("application/problem+json");
                if (problem.isMissingNode()) {
                    continue;
                }
                var named = problem.path("examples");
                assertThat(named.size())
                        .as("examples of %s %s", op, response.getKey())
                        .isPositive();
                for (var example : named.properties()) {
                    var value = example.getValue().path("value");
                    assertThat(value.path("status").asInt())
                            .as("%s %s example %s", op, response.getKey(), example.getKey())
                            .isEqualTo(Integer.parseInt(response.getKey()));
                    assertThat(value.path("type").asString()).endsWith("/problems/" + example.getKey());
                    assertThat(value.path("instance").asString())
                            .startsWith("/api/")
                            .doesNotContain("{");
                    examples++;
                }
            }
        }
        var plan = spec.at("/paths/~1api~1v1~1plans/post/responses");
        assertThat(plan.has("422"))
                .as("POST /api/v1/plans documents failOn's 422")
                .isTrue();
        assertThat(plan.at("/413/content/application~1problem+json/examples").has("plan-too-large"))
                .isTrue();
        var imports = spec.at("/paths/~1api~1v1~1imports/post");
        assertThat(imports.path("responses").propertyNames()).contains("200", "201", "409", "412", "422");
        assertThat(imports.at("/requestBody/content").propertyNames())
                .contains("application/yaml", "multipart/form-data");
        assertThat(imports.at("/responses/201/headers").has("Location")).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1clusters~1{cluster}/get/responses")
                        .propertyNames())
                .contains("304");
        System.out.printf(
                "OpenAPI problem examples: %d, one per problem type and status of each operation%n", examples);
    }

    @Test
    void gatewayApiChildrenHaveExamplesForTheCanonicalCluster() {
        var routesPath = "/paths/~1api~1v1~1clusters~1{cluster}~1http-routes";
        var added = spec.at(routesPath + "/post/requestBody/content/application~1json/example");
        assertThat(added.at("/rules/0/backendRefs/0/name").asString()).isEqualTo("my-nginx");
        var itemPath = routesPath + "~1{namespace}~1{name}/put";
        assertThat(spec.at(itemPath + "/requestBody/content/application~1json/example/name")
                        .asString())
                .isEqualTo("my-nginx");
        assertThat(parameter(spec.at(itemPath + "/parameters"), "namespace")
                        .path("example")
                        .asString())
                .isEqualTo("default");
        var classPath = "/paths/~1api~1v1~1clusters~1{cluster}~1gateway-classes~1{name}/get/parameters";
        assertThat(parameter(spec.at(classPath), "name").path("example").asString())
                .isEqualTo("aws-alb");
    }
}
