package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A benchmark, not a timed test: many load balancers on 1,000 nodes over HTTP. 10,000 LoadBalancer Services find the
 * NodePort range (2,768 ports) full, and the answer names the first one refused; 2,500 Services and 1,000 Ingresses
 * fit. It prints the median round trip and asserts what came back, never how long it took. The context is the one
 * {@link PlanHttpBenchmarkTests} starts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/plan-http-benchmark-${random.uuid}")
class LoadBalancerHttpBenchmarkTests {

    private static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");
    private static final int WORKLOADS = 250;
    private static final int RUNS = 5;

    @LocalServerPort
    int port;

    @Test
    void printsTenThousandLoadBalancerServicesThatExhaustTheNodePortRange() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var controller = document(10_000, 0, true);
        var legacy = document(10_000, 0, false);

        var plans = measure(api, "/api/v1/load-balancer-plans", controller);
        var findings = measure(api, "/api/v1/validations", legacy);

        var loadBalancers = plans.response().json().get("loadBalancers");
        var refused = loadBalancers.get(2_768);
        System.out.printf(
                "load balancer HTTP benchmark: 10,000 LoadBalancer Services on 1,000 nodes: /load-balancer-plans"
                        + " (controller NLBs, ip targets) median %.0f ms, %,d bytes; /validations (legacy CLBs, instance"
                        + " targets) median %.0f ms; over %d requests each; first refused: %s%n",
                plans.medianMillis(),
                plans.response().body().length(),
                findings.medianMillis(),
                RUNS,
                refused.get("source"));
        assertThat(plans.response().status()).isEqualTo(200);
        assertThat(loadBalancers.size()).isEqualTo(10_000);
        assertThat(loadBalancers.get(2_767).get("type").asString()).isEqualTo("NLB");
        assertThat(refused.path("type").isMissingNode() || refused.path("type").isNull())
                .isTrue();
        assertThat(refused.get("reason").asString())
                .contains("range 30000-32767 (2768 ports) is full", "default/svc-2768", "7231 later Service(s)");
        assertThat(loadBalancers.get(9_999).get("reason").asString()).contains("range is full");
        var exhausted = new ArrayList<String>();
        findings.response().json().get("findings").forEach(finding -> {
            if (finding.get("code").asString().equals("NODEPORT_RANGE_EXHAUSTED")) {
                exhausted.add(finding.get("path").asString());
            }
        });
        assertThat(exhausted).containsExactly("services[2768].ports[0].nodePort");
    }

    @Test
    void printsTwoThousandFiveHundredServicesAndOneThousandIngresses() {
        var api = new ApiClient(() -> "http://localhost:" + port);

        var plans = measure(api, "/api/v1/load-balancer-plans", document(2_500, 1_000, true));

        var loadBalancers = plans.response().json().get("loadBalancers");
        long targets = 0;
        for (var loadBalancer : loadBalancers) {
            for (var group : loadBalancer.get("targetGroups")) {
                targets += group.get("targets").size();
            }
        }
        System.out.printf(
                "load balancer HTTP benchmark: 2,500 LoadBalancer Services + 1,000 Ingresses on 1,000 nodes:"
                        + " /load-balancer-plans median %.0f ms over %d requests, %,d bytes, %,d targets%n",
                plans.medianMillis(), RUNS, plans.response().body().length(), targets);
        assertThat(plans.response().status()).isEqualTo(200);
        assertThat(loadBalancers.size()).isEqualTo(3_500);
        assertThat(loadBalancers.get(2_500).get("type").asString()).isEqualTo("ALB");
        assertThat(loadBalancers.findValues("problems").stream().allMatch(problems -> problems.isEmpty()))
                .isTrue();
    }

    private record Timing(double medianMillis, ApiClient.Response response) {}

    private static Timing measure(ApiClient api, String path, String body) {
        api.post(path, body);
        long[] nanos = new long[RUNS];
        ApiClient.Response response = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            response = api.post(path, body);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[RUNS / 2] / 1e6, response);
    }

    /**
     * 1,000 m5.xlarge nodes, 250 workloads of 4 pods, {@code services} LoadBalancer Services (each selecting one
     * workload) and {@code ingresses} Ingresses (each routing to one of those Services). With the AWS Load Balancer
     * Controller the Services are NLBs and the Ingresses ALBs with ip targets; without it, the legacy provider's CLBs
     * on every node.
     */
    static String document(int services, int ingresses, boolean controller) {
        var subnets = new ArrayList<Map<String, Object>>();
        var blocks = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            blocks.add("10." + (i + 1) + ".0.0/16");
            subnets.add(subnet("nodes-" + i, "10." + (i + 1) + ".0.0/16", ZONES.get(i), false));
            subnets.add(subnet("public-" + i, "10.0." + i + ".0/24", ZONES.get(i), true));
        }
        blocks.add("10.0.0.0/16");
        var group = Map.of(
                "name",
                "ng",
                "instanceType",
                "m5.xlarge",
                "desiredSize",
                1000,
                "minSize",
                0,
                "maxSize",
                1000,
                "subnets",
                List.of("nodes-0", "nodes-1", "nodes-2"));
        var workloads = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < WORKLOADS; i++) {
            workloads.add(Map.of(
                    "name", "app-" + i, "namespace", "default", "replicas", 4, "labels", Map.of("app", "app-" + i)));
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("name", "bench");
        document.put("region", "us-west-2");
        document.put("vpc", Map.of("cidrBlocks", blocks));
        document.put("subnets", subnets);
        document.put("nodeGroups", List.of(group));
        document.put("workloads", workloads);
        document.put(
                "loadBalancing",
                Map.of(
                        "controller",
                        controller ? "AWS_LOAD_BALANCER_CONTROLLER" : "LEGACY",
                        "serviceMutatorWebhook",
                        controller));
        document.put("services", services(services, controller));
        document.put("ingresses", ingresses(ingresses));
        return ApiClient.json(document);
    }

    private static List<Map<String, Object>> services(int count, boolean controller) {
        var services = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            services.add(Map.of(
                    "name",
                    "svc-" + i,
                    "namespace",
                    "default",
                    "type",
                    "LoadBalancer",
                    "selector",
                    Map.of("app", "app-" + (i % WORKLOADS)),
                    "annotations",
                    controller
                            ? Map.of("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip")
                            : Map.of(),
                    "ports",
                    List.of(Map.of("name", "http", "port", 80, "targetPort", 8080, "protocol", "TCP"))));
        }
        return services;
    }

    private static List<Map<String, Object>> ingresses(int count) {
        var ingresses = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            var path = Map.of("path", "/", "pathType", "Prefix", "serviceName", "svc-" + i, "servicePort", 80);
            ingresses.add(Map.of(
                    "name",
                    "web-" + i,
                    "namespace",
                    "default",
                    "ingressClassName",
                    "alb",
                    "annotations",
                    Map.of(
                            "alb.ingress.kubernetes.io/scheme", "internet-facing",
                            "alb.ingress.kubernetes.io/target-type", "ip"),
                    "rules",
                    List.of(Map.of("host", "web-" + i + ".example.com", "paths", List.of(path)))));
        }
        return ingresses;
    }

    private static Map<String, Object> subnet(String name, String cidr, String zone, boolean isPublic) {
        var subnet = new LinkedHashMap<String, Object>();
        subnet.put("name", name);
        subnet.put("cidr", cidr);
        subnet.put("availabilityZone", zone);
        subnet.put("type", isPublic ? "PUBLIC" : "PRIVATE");
        subnet.put("egress", isPublic ? "INTERNET_GATEWAY" : "NAT_GATEWAY");
        subnet.put("tags", Map.of(isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb", "1"));
        return subnet;
    }
}
