package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The validation endpoints over real HTTP, as a person or a CI pipeline calls them. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/validation-api-${random.uuid}")
class ValidationApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    /** One AZ for every subnet and sizes out of order: SUBNET_AZ_COUNT, NODEGROUP_SIZE_ORDER and a warning. */
    static String invalid() {
        var topology = Topologies.canonical().set("name", "broken").set("nodeGroups[0].minSize", 9);
        for (int i = 0; i < 6; i++) {
            topology.set("subnets[" + i + "].availabilityZone", "ap-northeast-2a");
        }
        return topology.json();
    }

    /** Valid, but with a warning: a control-plane subnet of 11 usable addresses. */
    static String warnedOnly() {
        return Topologies.canonical()
                .set("name", "warned")
                .set("subnets[0].cidr", "192.168.0.0/28")
                .json();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    static List<String> codes(Response response) {
        var codes = new ArrayList<String>();
        response.json()
                .get("findings")
                .forEach(finding -> codes.add(finding.get("code").asString()));
        return codes;
    }

    @Test
    void refusesAMisspeltFailOnInsteadOfPassingThePipeline() {
        var response = api.post("/api/v1/validations?failon=error", invalid());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/unknown-parameter");
        assertThat(response.json().get("detail").asString()).isEqualTo("unknown query parameter 'failon'");
        assertThat(api.post("/api/v1/validations?failOn=error", invalid()).status())
                .isEqualTo(422);
    }

    @Test
    void refusesAnUnknownParameterOnAWriteAndLeavesTheClusterAsItWas() {
        api.post("/api/v1/clusters", Canonical.text());
        var before = api.get("/api/v1/clusters/demo");

        var response = api.put("/api/v1/clusters/demo?force=true", invalid().replace("\"broken\"", "\"demo\""));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(api.get("/api/v1/clusters/demo").body()).isEqualTo(before.body());
    }

    @Test
    void validatesAStoredClusterWithItsEtag() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/validation");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        var report = response.json();
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("summary").get("errors").asInt()).isZero();
        assertThat(report.get("summary").get("warnings").asInt()).isZero();
    }

    @Test
    void reportsAStoredInvalidClusterWithCodesPathsAndSources() {
        api.post("/api/v1/clusters", invalid());

        var response = api.get("/api/v1/clusters/broken/validation");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("valid").asBoolean()).isFalse();
        assertThat(codes(response)).contains("SUBNET_AZ_COUNT", "NODEGROUP_SIZE_ORDER");
        var first = response.json().get("findings").get(0);
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(first.get("path").asString()).isNotBlank();
        assertThat(first.get("message").asString()).isNotBlank();
        assertThat(first.get("hint").asString()).isNotBlank();
        assertThat(first.get("source").asString()).isNotBlank();
    }

    @Test
    void answersNotFoundForAnUnknownCluster() {
        var response = api.get("/api/v1/clusters/ghost/validation");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).endsWith("/not-found");
    }

    @Test
    void failsWith422AndTheReportWhenErrorsReachFailOn() {
        var failed = api.post("/api/v1/validations?failOn=error", invalid());
        var passed = api.post("/api/v1/validations?failOn=error", Canonical.text());

        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.header("Content-Type")).startsWith("application/json");
        assertThat(failed.json().get("valid").asBoolean()).isFalse();
        assertThat(codes(failed)).contains("SUBNET_AZ_COUNT");
        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void failsOnWarningsOnlyWhenAskedTo() {
        assertThat(api.post("/api/v1/validations?failOn=error", warnedOnly()).status())
                .isEqualTo(200);
        var failed = api.post("/api/v1/validations?failOn=warning", warnedOnly());
        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.json().get("valid").asBoolean()).isTrue();
        assertThat(codes(failed)).containsExactly("SUBNET_FREE_IPS");
        assertThat(api.post("/api/v1/validations?failOn=WARNING", Canonical.text())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void answers200ForAnInvalidNetworkWithoutFailOn() {
        var response = api.post("/api/v1/validations", invalid());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void appliesFailOnToStoredClustersToo() {
        api.post("/api/v1/clusters", invalid());

        assertThat(api.get("/api/v1/clusters/broken/validation?failOn=error").status())
                .isEqualTo(422);
    }

    @Test
    void refusesAnUnknownFailOnLevel() {
        var response = api.post("/api/v1/validations?failOn=sometimes", Canonical.text());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("failOn");
    }

    @Test
    void refusesAnIllFormedDocumentAsAProblemNotAReport() {
        var response = api.post(
                "/api/v1/validations?failOn=error",
                "{\"name\": \"x\", \"subnets\": [{\"name\": \"a\", \"cidr\": \"10.0.0.0/40\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("subnets[0].cidr");
        assertThat(response.json().has("findings")).isFalse();
    }

    @Test
    void storesNothingWhenValidatingADocument() {
        api.post("/api/v1/clusters", Canonical.text());
        var before = api.get("/api/v1/clusters/demo");

        api.post("/api/v1/validations", invalid());
        api.post("/api/v1/validations", Canonical.named("other").toString());

        var clusters = api.get("/api/v1/clusters").json();
        assertThat(clusters.get("page").get("totalElements").asInt()).isEqualTo(1);
        var after = api.get("/api/v1/clusters/demo");
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.json()).isEqualTo(before.json());
    }

    @Test
    void documentsEveryCodeAndAValidAndAnInvalidReportInOpenApi() {
        var spec = api.get("/v3/api-docs").json();

        var description = spec.get("components")
                .get("schemas")
                .get("Finding")
                .get("properties")
                .get("code")
                .get("description")
                .asString();
        for (var code : io.eksplanner.validation.FindingCode.values()) {
            assertThat(description).contains("`" + code.name() + "` (" + code.severity() + ")");
        }
        var responses = spec.get("paths").get("/api/v1/validations").get("post").get("responses");
        var examples =
                responses.get("200").get("content").get("application/json").get("examples");
        assertThat(examples.get("valid").get("value").get("valid").asBoolean()).isTrue();
        assertThat(examples.get("invalid").get("value").get("valid").asBoolean())
                .isFalse();
        assertThat(responses.has("422")).isTrue();
        assertThat(responses.has("400")).isTrue();
    }

    /**
     * Each plan endpoint validates its query parameters too, so Spring reports a bad body through method validation;
     * the problem still names the field inside the body, as for a write.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans", "/api/v1/validations", "/api/v1/ip-plans", "/api/v1/load-balancer-plans"})
    void namesTheIllFormedFieldOfAPostedDocument(String endpoint) {
        var response = api.post(endpoint, "{\"name\": \"Not A Name!\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString())
                .isEqualTo(ProblemType.INVALID_FIELDS.type().toString());
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(response.json().at("/errors/0/rejectedValue").asString()).isEqualTo("Not A Name!");
    }
}
