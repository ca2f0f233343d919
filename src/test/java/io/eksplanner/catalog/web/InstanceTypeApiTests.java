package io.eksplanner.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The instance-type catalogue over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/instance-type-api-${random.uuid}")
class InstanceTypeApiTests {

    static final Path DATA = Path.of("src/main/resources/catalog/eni-limits.tsv");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** The instance type names of the data file, read without the catalogue's loader. */
    static List<String> namesInTheData() throws IOException {
        return Files.readAllLines(DATA).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf('\t')))
                .toList();
    }

    static List<String> names(Response response) {
        var names = new ArrayList<String>();
        response.json().get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    @Test
    void readsOneInstanceTypeWithItsLimitsAndMaxPods() {
        var response = api.get("/api/v1/instance-types/m5.large");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var type = response.json();
        assertThat(type.propertyNames())
                .containsExactlyInAnyOrder(
                        "name",
                        "vcpus",
                        "maxEnis",
                        "ipv4PerEni",
                        "hypervisor",
                        "nitro",
                        "bareMetal",
                        "networkCards",
                        "branchInterfaces",
                        "maxPods",
                        "maxPodsManagedNodeGroup",
                        "maxPodsPrefixDelegation",
                        "maxPodsCustomNetworking");
        assertThat(type.get("name").asString()).isEqualTo("m5.large");
        assertThat(type.get("vcpus").asInt()).isEqualTo(2);
        assertThat(type.get("maxEnis").asInt()).isEqualTo(3);
        assertThat(type.get("ipv4PerEni").asInt()).isEqualTo(10);
        assertThat(type.get("hypervisor").asString()).isEqualTo("nitro");
        assertThat(type.get("nitro").asBoolean()).isTrue();
        assertThat(type.get("bareMetal").asBoolean()).isFalse();
        assertThat(type.get("networkCards").asInt()).isEqualTo(1);
        assertThat(type.get("branchInterfaces").asInt()).isEqualTo(9);
        assertThat(type.get("maxPods").asInt()).isEqualTo(29);
        assertThat(type.get("maxPodsManagedNodeGroup").asInt()).isEqualTo(29);
        assertThat(type.get("maxPodsPrefixDelegation").asInt()).isEqualTo(434);
        assertThat(type.get("maxPodsCustomNetworking").asInt()).isEqualTo(20);
    }

    @Test
    void writesUnknownFactsAsNull() {
        var c7i = api.get("/api/v1/instance-types/c7i.32xlarge").json();
        var m4 = api.get("/api/v1/instance-types/m4.large").json();

        assertThat(c7i.get("vcpus").isNull()).isTrue();
        assertThat(c7i.get("branchInterfaces").isNull()).isTrue();
        assertThat(c7i.get("maxPodsManagedNodeGroup").asInt())
                .isEqualTo(c7i.get("maxPods").asInt())
                .isEqualTo(737);
        assertThat(m4.get("maxPodsPrefixDelegation").isNull()).isTrue();
    }

    @Test
    void capsMaxPodsForAManagedNodeGroupOnALargeType() {
        var type = api.get("/api/v1/instance-types/c5.18xlarge").json();

        assertThat(type.get("maxPods").asInt()).isEqualTo(737);
        assertThat(type.get("maxPodsManagedNodeGroup").asInt()).isEqualTo(250);
    }

    @Test
    void listsEveryTypeOnePageAtATimeInNameOrder() throws IOException {
        var first = api.get("/api/v1/instance-types?size=5");
        var second = api.get("/api/v1/instance-types?page=1&size=5");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(5);
        var page = first.json().get("page");
        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("totalElements").asLong()).isEqualTo(1391);
        assertThat(page.get("totalPages").asInt()).isEqualTo(279);
        assertThat(second.json().get("page").get("number").asInt()).isEqualTo(1);
        var firstTen = new ArrayList<>(names(first));
        firstTen.addAll(names(second));
        var sortedNames = namesInTheData().stream().sorted().toList();
        assertThat(firstTen).isEqualTo(sortedNames.subList(0, 10));
    }

    @Test
    void answersAnEmptyPagePastTheLast() {
        var response = api.get("/api/v1/instance-types?page=279&size=5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
        assertThat(response.json().get("page").get("totalElements").asLong()).isEqualTo(1391);
    }

    @Test
    void filtersByFamily() throws IOException {
        var response = api.get("/api/v1/instance-types?family=m5&size=100");

        var m5InTheData =
                namesInTheData().stream().filter(name -> name.startsWith("m5.")).count();
        assertThat(m5InTheData).isPositive();
        assertThat(names(response)).hasSize((int) m5InTheData).allMatch(name -> name.startsWith("m5."));
        assertThat(response.json().get("page").get("totalElements").asLong()).isEqualTo(m5InTheData);
    }

    @Test
    void filtersByNamePrefix() throws IOException {
        var response = api.get("/api/v1/instance-types?prefix=c7g.&size=100");

        var c7gInTheData = namesInTheData().stream()
                .filter(name -> name.startsWith("c7g."))
                .count();
        assertThat(c7gInTheData).isPositive();
        assertThat(names(response)).hasSize((int) c7gInTheData).allMatch(name -> name.startsWith("c7g."));
        assertThat(names(response)).isSorted();
    }

    @Test
    void answersNotFoundWithTheClosestNamesForAnUnknownType() {
        var response = api.get("/api/v1/instance-types/m5.larg");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString())
                .isEqualTo(ProblemType.NOT_FOUND.type().toString());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/instance-types/m5.larg");
        assertThat(problem.get("detail").asString())
                .startsWith("instance type \"m5.larg\" is not in the catalogue; did you mean m5.large, ");
        var suggestions = new ArrayList<String>();
        problem.get("suggestions").forEach(name -> suggestions.add(name.asString()));
        assertThat(suggestions).hasSize(3).first().isEqualTo("m5.large");
        assertThat(problem.get("detail").asString()).endsWith(String.join(", ", suggestions) + "?");
    }

    @Test
    void refusesAPageSizeAbove100() {
        var response = api.get("/api/v1/instance-types?size=101");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString())
                .isEqualTo(ProblemType.INVALID_PARAMETER.type().toString());
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void refusesANegativePage() {
        var response = api.get("/api/v1/instance-types?page=-1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-parameter");
    }
}
