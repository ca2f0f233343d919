package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An IngressClass whose IngressClassParams are not in the imported manifests, over real HTTP: the class keeps its
 * reference, its Ingress gets no ALB with the controller's reason and {@code INGRESS_CLASS_PARAMS_UNKNOWN}, and another
 * Ingress is planned as before (aws-load-balancer-controller v3.5.0, {@code pkg/ingress/class_loader.go} {@code Load};
 * src/docs/domain-rules.md §4).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/missing-class-params-${random.uuid}")
class MissingIngressClassParamsScenarioTests {

    static final String MANIFESTS = """
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: internal-shop}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: internal-shop}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: checkout, namespace: default}
            spec:
              ingressClassName: internal-shop
              rules:
                - http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: my-nginx, port: {number: 80}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: storefront, namespace: default}
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: my-nginx, port: {number: 80}}}}
            """;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void plansNoAlbForTheIngressOfAClassWhoseParamsAreMissing() {
        var cluster = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("services[0].type", "NodePort")
                .json();
        assertThat(api.post("/api/v1/clusters", cluster).status()).isEqualTo(201);
        var imported =
                api.send("POST", "/api/v1/imports?cluster=demo", MANIFESTS, "application/yaml", "If-Match", "\"0\"");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        var ingressClass =
                api.get("/api/v1/clusters/demo/ingress-classes/internal-shop").json();
        assertThat(ingressClass.get("parametersRef").get("name").asString()).isEqualTo("internal-shop");
        assertThat(ingressClass.path("parameters").isMissingNode()
                        || ingressClass.get("parameters").isNull())
                .isTrue();

        var loadBalancers = api.get("/api/v1/clusters/demo/load-balancers").json();
        var checkout = byId(loadBalancers, "ingress.default.checkout");
        assertThat(checkout.path("type").isMissingNode() || checkout.get("type").isNull())
                .isTrue();
        assertThat(checkout.get("reason").asString())
                .isEqualTo("invalid ingress class: ingressclassparams.elbv2.k8s.aws \"internal-shop\" not found");
        assertThat(byId(loadBalancers, "ingress.default.storefront").get("type").asString())
                .isEqualTo("ALB");

        var findings = api.get("/api/v1/clusters/demo/validation").json().get("findings");
        var finding = findingOf(findings, "INGRESS_CLASS_PARAMS_UNKNOWN");
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("path").asString()).isEqualTo("ingressClasses[0].parametersRef");
        assertThat(finding.get("message").asString()).startsWith("Ingress default/checkout: invalid ingress class");

        assertThat(api.get("/api/v1/clusters/demo/export/manifests").body())
                .contains("apiGroup: \"elbv2.k8s.aws\"")
                .doesNotContain("apiVersion: \"elbv2.k8s.aws/v1beta1\"");
    }

    static JsonNode byId(JsonNode loadBalancers, String id) {
        var array = loadBalancers.has("loadBalancers") ? loadBalancers.get("loadBalancers") : loadBalancers;
        for (JsonNode plan : array) {
            if (plan.get("id").asString().equals(id)) {
                return plan;
            }
        }
        throw new AssertionError("no load balancer " + id + " in " + loadBalancers);
    }

    static JsonNode findingOf(JsonNode findings, String code) {
        for (JsonNode finding : findings) {
            if (finding.get("code").asString().equals(code)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + code + " in " + findings);
    }
}
