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
 * A benchmark, not a timed test: {@code POST /api/v1/plans} of 5,000 m5.2xlarge nodes × 150,000 pods, with and
 * without the canonical LoadBalancer Service, printing both medians and their ratio. A load balancer must not make
 * the plan redo the nodes: the planning layer plans each request once. It asserts what came back, never how long
 * it took.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/plan-http-benchmark-${random.uuid}")
class PlanHttpBenchmarkTests {

    private static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");

    @LocalServerPort
    int port;

    @Test
    void printsThePlanOfFiveThousandNodesWithAndWithoutALoadBalancer() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var without = document(false);
        var with = document(true);
        var plain = measure(api, without);
        var balanced = measure(api, with);

        System.out.printf(
                "plan HTTP benchmark: POST /api/v1/plans, 5,000 m5.2xlarge nodes × 150,004 pods: median %.0f ms"
                        + " without a LoadBalancer Service, %.0f ms with the canonical one (ratio %.2f), over %d"
                        + " requests each%n",
                plain.medianMillis(), balanced.medianMillis(), balanced.medianMillis() / plain.medianMillis(), RUNS);
        assertThat(plain.response().status()).isEqualTo(200);
        assertThat(plain.response().json().get("loadBalancers").size()).isZero();
        assertThat(balanced.response().status()).isEqualTo(200);
        var loadBalancers = balanced.response().json().get("loadBalancers");
        assertThat(loadBalancers.size()).isEqualTo(1);
        assertThat(loadBalancers.get(0).get("type").asText()).isEqualTo("CLB");
        var summary = balanced.response().json().get("ipPlan").get("summary");
        assertThat(summary.get("nodes").asInt()).isEqualTo(5_000);
        assertThat(summary.get("running").asInt()).isEqualTo(150_004);
    }

    private static final int RUNS = 7;

    private record Timing(double medianMillis, ApiClient.Response response) {}

    private static Timing measure(ApiClient api, String body) {
        for (int i = 0; i < 2; i++) {
            api.post("/api/v1/plans", body);
        }
        long[] nanos = new long[RUNS];
        ApiClient.Response response = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            response = api.post("/api/v1/plans", body);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[RUNS / 2] / 1e6, response);
    }

    /** Five node groups of 1,000 nodes in /16 subnets, three public subnets, 150 workloads of 1,000 replicas. */
    static String document(boolean withLoadBalancer) {
        var subnets = new ArrayList<Map<String, Object>>();
        var groups = new ArrayList<Map<String, Object>>();
        var blocks = new ArrayList<String>(List.of("192.168.0.0/16"));
        for (int i = 0; i < 5; i++) {
            blocks.add("10." + (i + 1) + ".0.0/16");
            subnets.add(subnet("nodes-" + i, "10." + (i + 1) + ".0.0/16", ZONES.get(i % 3), false));
            groups.add(Map.of(
                    "name",
                    "ng-" + i,
                    "instanceType",
                    "m5.2xlarge",
                    "desiredSize",
                    1000,
                    "minSize",
                    0,
                    "maxSize",
                    1000,
                    "subnets",
                    List.of("nodes-" + i)));
        }
        for (int i = 0; i < 3; i++) {
            subnets.add(subnet("public-" + i, "192.168." + i + ".0/24", ZONES.get(i), true));
        }
        var workloads = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 150; i++) {
            workloads.add(Map.of("name", "app-" + i, "namespace", "ns-" + (i % 20), "replicas", 1000));
        }
        workloads.add(Map.of(
                "name",
                "my-nginx",
                "namespace",
                "default",
                "replicas",
                4,
                "labels",
                Map.of("app", "my-nginx"),
                "ports",
                List.of(Map.of("name", "http", "containerPort", 80, "protocol", "TCP"))));
        var document = new LinkedHashMap<String, Object>();
        document.put("name", "bench");
        document.put("region", "us-west-2");
        document.put("vpc", Map.of("cidrBlocks", blocks));
        document.put("subnets", subnets);
        document.put("nodeGroups", groups);
        document.put("workloads", workloads);
        if (withLoadBalancer) {
            document.put("services", List.of(canonicalService()));
        }
        return ApiClient.json(document);
    }

    private static Map<String, Object> subnet(String name, String cidr, String zone, boolean isPublic) {
        var subnet = new LinkedHashMap<String, Object>();
        subnet.put("name", name);
        subnet.put("cidr", cidr);
        subnet.put("availabilityZone", zone);
        subnet.put("type", isPublic ? "PUBLIC" : "PRIVATE");
        subnet.put("egress", isPublic ? "INTERNET_GATEWAY" : "NAT_GATEWAY");
        if (isPublic) {
            subnet.put("tags", Map.of("kubernetes.io/role/elb", "1"));
        }
        return subnet;
    }

    /** The Service of examples/canonical-cluster.json: a LoadBalancer, which the legacy provider makes a CLB. */
    private static Map<String, Object> canonicalService() {
        return Map.of(
                "name", "my-nginx",
                "namespace", "default",
                "type", "LoadBalancer",
                "selector", Map.of("app", "my-nginx"),
                "ports", List.of(Map.of("name", "http", "port", 80, "targetPort", 80, "protocol", "TCP")));
    }
}
