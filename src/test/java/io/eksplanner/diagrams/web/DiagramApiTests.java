package io.eksplanner.diagrams.web;

import static io.eksplanner.diagrams.SvgDocument.hasClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.diagrams.SvgDocument;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The diagram endpoints over real HTTP: media types, the ETag of a stored cluster, problems for what is not there. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/diagram-api-${random.uuid}")
class DiagramApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void drawsAStoredClustersNetworkWithItsEtag() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/diagrams/network.svg");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        var svg = SvgDocument.parse(response.body());
        assertThat(svg.count("//*[" + hasClass("subnet") + "]")).isEqualTo(6);
        assertThat(svg.count("//*[" + hasClass("node-marker") + "]")).isEqualTo(4);
    }

    @Test
    void drawsAtMaxSizeWhenAsked() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/diagrams/network.svg?scenario=max");

        assertThat(response.status()).isEqualTo(200);
        assertThat(SvgDocument.parse(response.body()).count("//*[" + hasClass("node-marker") + "]"))
                .isEqualTo(8);
    }

    @Test
    void drawsAPostedDocumentsLoadBalancersWithoutStoringIt() {
        var response = api.post("/api/v1/diagrams/load-balancers.svg", Canonical.text());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(response.header("ETag")).isNull();
        assertThat(SvgDocument.parse(response.body()).count("//*[" + hasClass("target") + "]"))
                .isEqualTo(4);
        assertThat(api.get("/api/v1/clusters/demo").status()).isEqualTo(404);
    }

    @Test
    void drawsOneNodeAndAnswersNotFoundForAnUnknownOne() {
        api.post("/api/v1/clusters", Canonical.text());
        var node = api.get("/api/v1/clusters/demo/ip-plan?detail=nodes")
                .json()
                .get("nodes")
                .get(0)
                .get("name")
                .asString();

        var drawn = api.get("/api/v1/clusters/demo/diagrams/nodes/" + node + ".svg");
        var missing = api.get("/api/v1/clusters/demo/diagrams/nodes/ip-10-9-9-9.ec2.internal.svg");

        assertThat(drawn.status()).isEqualTo(200);
        assertThat(drawn.header("ETag")).isEqualTo("\"0\"");
        assertThat(SvgDocument.parse(drawn.body())
                        .texts("/*/*[local-name()='title']")
                        .get(0))
                .startsWith("Node " + node + " ");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asString()).endsWith("not-found");
        assertThat(missing.json().get("detail").asString()).contains("ip-10-9-9-9.ec2.internal");
        assertThat(missing.json().get("nodes").get(0).asString()).isEqualTo(node);
    }

    @Test
    void answersProblemsForAnUnknownClusterScenarioOrParameter() {
        api.post("/api/v1/clusters", Canonical.text());

        var cluster = api.get("/api/v1/clusters/nope/diagrams/network.svg");
        var scenario = api.get("/api/v1/clusters/demo/diagrams/network.svg?scenario=biggest");
        var parameter = api.get("/api/v1/clusters/demo/diagrams/network.svg?scenaro=max");

        assertThat(cluster.status()).isEqualTo(404);
        assertThat(cluster.header("Content-Type")).startsWith("application/problem+json");
        assertThat(scenario.status()).isEqualTo(400);
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.json().get("type").asString()).endsWith("unknown-parameter");
    }

    @Test
    void writesMermaidAsPlainText() {
        api.post("/api/v1/clusters", Canonical.text());

        var network = api.get("/api/v1/clusters/demo/diagrams/network.mmd");
        var balancers = api.post("/api/v1/diagrams/load-balancers.mmd", Canonical.text());

        assertThat(network.status()).isEqualTo(200);
        assertThat(network.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(network.header("ETag")).isEqualTo("\"0\"");
        assertThat(network.body()).startsWith("flowchart TB\n").contains("subgraph az0");
        assertThat(balancers.status()).isEqualTo(200);
        assertThat(balancers.body()).startsWith("flowchart LR\n").contains("service.default.my-nginx");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "network.svg",
                "network.svg?scenario=max",
                "load-balancers.svg",
                "network.mmd",
                "load-balancers.mmd"
            })
    void answersNotModifiedWhileTheClusterVersionHoldsAndRedrawsAfterAChange(String diagram) {
        api.post("/api/v1/clusters", Canonical.text());
        var url = "/api/v1/clusters/demo/diagrams/" + diagram;

        var unchanged = api.get(url, "If-None-Match", "\"0\"");
        var stale = api.get(url, "If-None-Match", "\"7\"");

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
        assertThat(unchanged.body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).isNotEmpty();
        var changed = api.put(
                "/api/v1/clusters/demo/node-groups/ng-1",
                ApiClient.json(Map.of(
                        "name",
                        "ng-1",
                        "instanceType",
                        "m5.large",
                        "desiredSize",
                        3,
                        "minSize",
                        1,
                        "maxSize",
                        6,
                        "subnets",
                        List.of("public-b", "public-c"))),
                "If-Match",
                "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(url, "If-None-Match", "\"0\"").status()).isEqualTo(200);
    }

    @Test
    void answersNotModifiedForANodeDiagram() {
        api.post("/api/v1/clusters", Canonical.text());
        var node = api.get("/api/v1/clusters/demo/ip-plan?detail=nodes")
                .json()
                .get("nodes")
                .get(0)
                .get("name")
                .asString();

        var response = api.get("/api/v1/clusters/demo/diagrams/nodes/" + node + ".svg", "If-None-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(304);
    }
}
