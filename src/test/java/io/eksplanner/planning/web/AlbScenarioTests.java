package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ALBs over real HTTP on the shop of {@code examples/alb-blue-green.json} and {@code .manifests.yaml} (the README's
 * load-balancer example): HTTPS with ssl-redirect, a blue/green weighted forward with a header canary, certificate
 * discovery for imported tls hosts, and an IngressGroup that one broken member leaves without an ALB
 * (src/docs/domain-rules.md §4).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/alb-scenario-${random.uuid}")
class AlbScenarioTests {

    static final String SHOP = "ingress.default.shop";
    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/shop";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    static String example(String name) throws IOException {
        return Files.readString(Path.of("examples", name));
    }

    static JsonNode loadBalancer(JsonNode answer, String id) {
        for (JsonNode loadBalancer : answer.get("loadBalancers")) {
            if (loadBalancer.get("id").asString().equals(id)) {
                return loadBalancer;
            }
        }
        throw new AssertionError("no load balancer " + id + " in " + answer);
    }

    static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void plansTheTlsAlbWithSslRedirectAndTheBlueGreenRule() throws IOException {
        var response = api.post("/api/v1/load-balancer-plans", example("alb-blue-green.json"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var alb = loadBalancer(response.json(), SHOP);
        assertThat(alb.get("type").asString()).isEqualTo("ALB");
        assertThat(alb.get("scheme").asString()).isEqualTo("internet-facing");
        var http = alb.get("listeners").get(0);
        assertThat(http.get("port").asInt()).isEqualTo(80);
        assertThat(http.get("defaultAction").asString()).isEqualTo("redirect HTTPS:443 301");
        var https = alb.get("listeners").get(1);
        assertThat(https.get("protocol").asString()).isEqualTo("HTTPS");
        assertThat(texts(https.get("certificates"))).containsExactly(CERT);
        assertThat(https.get("sslPolicy").asString()).isEqualTo("ELBSecurityPolicy-2016-08");
        var rules = alb.get("rules");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).get("listenerPort").asInt()).isEqualTo(443);
        assertThat(texts(rules.get(0).get("conditions")))
                .containsExactly("http-header X-Canary: always", "host-header: shop.example.com", "path-pattern: /*");
        assertThat(rules.get(0).get("action").asString()).isEqualTo("forward default/shop-green:80");
        var weighted = rules.get(1);
        assertThat(weighted.get("priority").asInt()).isEqualTo(2);
        assertThat(weighted.get("action").asString())
                .isEqualTo("forward default/shop-blue:80 weight 90, default/shop-green:80 weight 10 stickiness 300s");
        var detail = weighted.get("actionDetail");
        assertThat(detail.get("type").asString()).isEqualTo("forward");
        assertThat(detail.get("targetGroups").get(0).get("name").asString()).isEqualTo("default/shop-shop-blue:80");
        // The target groups by their name in the target-group list: green, which rule 1 named first, then blue.
        assertThat(detail.get("targetGroups").get(1).get("name").asString())
                .isEqualTo(alb.get("targetGroups").get(0).get("name").asString())
                .isEqualTo("default/shop-shop-green:80");
        assertThat(alb.get("targetGroups").get(1).get("name").asString()).isEqualTo("default/shop-shop-blue:80");
        assertThat(detail.get("targetGroups").get(0).get("weight").asInt()).isEqualTo(90);
        assertThat(detail.get("targetGroups").get(1).get("weight").asInt()).isEqualTo(10);
        assertThat(detail.get("stickiness").get("durationSeconds").asInt()).isEqualTo(300);
        assertThat(detail.has("redirect")).isFalse();
        assertThat(weighted.get("conditionDetails").get(0).get("field").asString())
                .isEqualTo("host-header");
        assertThat(alb.get("targetGroups")).hasSize(2);
    }

    @Test
    void importsTheTlsSectionAndAssumesCertificateDiscoveryForItsHosts() throws IOException {
        var cluster = Canonical.named("shop");
        var balancing = (ObjectNode) cluster.get("loadBalancing");
        balancing.put("controller", "AWS_LOAD_BALANCER_CONTROLLER");
        balancing.put("serviceMutatorWebhook", true);
        assertThat(api.post("/api/v1/clusters", cluster.toString()).status()).isEqualTo(201);
        var manifests = example("alb-blue-green.manifests.yaml")
                .replace("    alb.ingress.kubernetes.io/certificate-arn: " + CERT + "\n", "");

        var imported =
                api.send("POST", "/api/v1/imports?cluster=shop", manifests, "application/yaml", "If-Match", "\"0\"");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var alb = api.get("/api/v1/clusters/shop/load-balancers/" + SHOP).json();
        var https = alb.get("listeners").get(1);
        assertThat(https.get("port").asInt()).isEqualTo(443);
        assertThat(texts(https.get("certificates"))).containsExactly("acm-discovery:shop.example.com");
        var findings = api.get("/api/v1/clusters/shop/validation").json().get("findings");
        var discovered = new ArrayList<String>();
        findings.forEach(finding -> {
            if (finding.get("code").asString().equals("ALB_CERTIFICATES_DISCOVERED")) {
                discovered.add(finding.get("severity").asString() + " "
                        + finding.get("path").asString());
            }
        });
        assertThat(discovered).containsExactly("INFO ingresses[0].tls");
        var exported = api.get("/api/v1/clusters/shop/export/manifests").body();
        assertThat(exported).contains("secretName: \"shop-tls\"").contains("- \"shop.example.com\"");
    }

    @Test
    void leavesAnIngressGroupWithOneBrokenMemberWithoutAnAlb() throws IOException {
        var document = (ObjectNode) ApiClient.tree(example("alb-blue-green.json"));
        var shop = (ObjectNode) document.get("ingresses").get(0);
        ((ObjectNode) shop.get("annotations")).put("alb.ingress.kubernetes.io/group.name", "shop");
        var broken = shop.deepCopy();
        broken.put("name", "shop-beta");
        ((ObjectNode) broken.get("annotations"))
                .put(
                        "alb.ingress.kubernetes.io/actions.blue-green",
                        "{\"type\": \"forward\", \"forwardConfig\": {\"targetGroups\": ["
                                + "{\"serviceName\": \"shop-blue\", \"servicePort\": 80, \"weight\": 50},"
                                + "{\"serviceName\": \"shop-purple\", \"servicePort\": 80, \"weight\": 50}]}}");
        ((ArrayNode) document.get("ingresses")).add(broken);

        var response = api.post("/api/v1/plans", document.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var group = loadBalancer(response.json(), "group.shop");
        assertThat(texts(group.get("source"))).containsExactly("Ingress default/shop", "Ingress default/shop-beta");
        assertThat(group.get("owner").asString()).isEqualTo("AWS_LOAD_BALANCER_CONTROLLER");
        assertThat(group.has("type")).isFalse();
        assertThat(group.get("reason").asString())
                .isEqualTo("ingress: default/shop-beta: services \"shop-purple\" not found");
        var failures = new ArrayList<String>();
        response.json().get("validation").get("findings").forEach(finding -> {
            if (finding.get("code").asString().equals("LB_BUILD_FAILED")) {
                failures.add(finding.get("severity").asString() + " "
                        + finding.get("path").asString());
            }
        });
        assertThat(failures).containsExactly("ERROR ingresses[1].annotations");
    }
}
