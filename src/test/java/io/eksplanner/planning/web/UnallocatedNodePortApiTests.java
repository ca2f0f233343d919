package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code allocateLoadBalancerNodePorts: false} over HTTP: stored, exported and imported as Kubernetes writes it; the
 * controller's NLB with instance targets fails for want of a NodePort, one with ip targets does not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/validation-api-${random.uuid}")
class UnallocatedNodePortApiTests {

    private static final String TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
    private static final String TARGET_TYPE = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    /** The canonical cluster under the controller; my-nginx an external NLB of {@code targetType}, no NodePorts. */
    private static Topologies unallocated(String targetType) {
        return Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("services[0].allocateLoadBalancerNodePorts", false)
                .set("services[0].ports[0].nodePort", null)
                .set("services[0].annotations", Map.of(TYPE, "external", TARGET_TYPE, targetType));
    }

    private static List<String> findings(ApiClient.Response response, String code) {
        var paths = new ArrayList<String>();
        response.json().get("findings").forEach(finding -> {
            if (finding.get("code").asString().equals(code)) {
                paths.add(finding.get("path").asString());
            }
        });
        return paths;
    }

    @Test
    void reportsThatInstanceTargetsNeedTheNodePortTheServiceDoesNotAllocate() {
        var body = unallocated("instance").json();

        var validations = api.post("/api/v1/validations", body);
        var plan = api.post("/api/v1/load-balancer-plans", body)
                .json()
                .get("loadBalancers")
                .get(0);

        assertThat(findings(validations, "LB_NODEPORT_REQUIRED"))
                .containsExactly("services[0].allocateLoadBalancerNodePorts");
        assertThat(plan.path("type").isMissingNode() || plan.path("type").isNull())
                .isTrue();
        assertThat(plan.get("reason").asString())
                .isEqualTo("unable to support instance target type with an unallocated NodePort");
    }

    @Test
    void plansIpTargetsAsUsual() {
        var body = unallocated("ip").json();

        var validations = api.post("/api/v1/validations", body);
        var plan = api.post("/api/v1/load-balancer-plans", body)
                .json()
                .get("loadBalancers")
                .get(0);

        assertThat(findings(validations, "LB_NODEPORT_REQUIRED")).isEmpty();
        assertThat(plan.get("type").asString()).isEqualTo("NLB");
        assertThat(plan.get("targetType").asString()).isEqualTo("ip");
    }

    @Test
    void storesExportsAndImportsTheField() {
        var created = api.post("/api/v1/clusters", unallocated("ip").json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var stored = api.get("/api/v1/clusters/demo/services/default/my-nginx").json();
        var exported = api.get("/api/v1/clusters/demo/export/manifests").body();
        var imported = api.send(
                "POST", "/api/v1/imports?cluster=demo&dryRun=true", exported, "application/yaml", "If-Match", "\"0\"");

        assertThat(stored.get("allocateLoadBalancerNodePorts").asBoolean(true)).isFalse();
        assertThat(exported).contains("allocateLoadBalancerNodePorts: false");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var service = imported.json().get("topology").get("services").get(0);
        assertThat(service.get("name").asString()).isEqualTo("my-nginx");
        assertThat(service.get("allocateLoadBalancerNodePorts").asBoolean(true)).isFalse();
    }

    @Test
    void refusesToImportTheFieldOnAServiceThatIsNoLoadBalancer() {
        api.post("/api/v1/clusters", Topologies.canonical().json());
        var manifest = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: internal
                  namespace: default
                spec:
                  type: ClusterIP
                  allocateLoadBalancerNodePorts: false
                  selector:
                    app: my-nginx
                  ports:
                  - port: 80
                """;

        var imported = api.send(
                "POST", "/api/v1/imports?cluster=demo&dryRun=true", manifest, "application/yaml", "If-Match", "\"0\"");

        assertThat(imported.status()).as(imported.body()).isEqualTo(400);
        assertThat(imported.body())
                .contains("spec.allocateLoadBalancerNodePorts", "may only be set when type is LoadBalancer");
    }

    /** Each Service field the apiserver refuses on the Service's type, with the importer's message, at its path. */
    private static void assertRefusedField(ApiClient.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-fields");
        var errors = response.json().get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asString()).isEqualTo(message);
    }

    @Test
    void refusesTheLoadBalancerFieldsOnAServiceThatIsNoLoadBalancerAsTheImporterDoes() {
        var nodePort = Topologies.canonical()
                .set("services[0].type", "NodePort")
                .set("services[0].allocateLoadBalancerNodePorts", true);
        var clusterIp = Topologies.canonical()
                .set("services[0].type", "ClusterIP")
                .set("services[0].ports[0].nodePort", null)
                .set("services[0].externalTrafficPolicy", null)
                .set("services[0].loadBalancerClass", "service.k8s.aws/nlb");

        assertRefusedField(
                api.post("/api/v1/validations", nodePort.json()),
                "services[0].allocateLoadBalancerNodePorts",
                "may only be set when type is LoadBalancer");
        assertRefusedField(
                api.post("/api/v1/clusters", clusterIp.json()),
                "services[0].loadBalancerClass",
                "may only be set when type is LoadBalancer");
        assertThat(api.get("/api/v1/clusters/demo").status()).isEqualTo(404);
    }

    @Test
    void refusesAHealthCheckNodePortUnlessTheLoadBalancerKeepsTrafficLocal() {
        var cluster = Topologies.canonical().set("services[0].healthCheckNodePort", 31000);
        var local = Topologies.canonical()
                .set("services[0].healthCheckNodePort", 31000)
                .set("services[0].externalTrafficPolicy", "Local");

        assertRefusedField(
                api.post("/api/v1/validations", cluster.json()),
                "services[0].healthCheckNodePort",
                "may only be set when type is LoadBalancer and externalTrafficPolicy is Local");
        var accepted = api.post("/api/v1/validations", local.json());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }
}
