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
 * A benchmark, not a timed test: 5,000 m5.2xlarge nodes × 150,000 pods with the canonical LoadBalancer Service at
 * {@code /ip-plans?detail=summary}, {@code /validations} and {@code /plans} (and at {@code /plans} without the
 * Service: a load balancer must not make the plan redo the nodes), then the summary plan of 1,000, 10,000 and 100,000
 * nodes with the cost per node, in the benchmarks' 1 GiB heap. It asserts what came back, never how long it took.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/plan-http-benchmark-${random.uuid}")
class PlanHttpBenchmarkTests {

    private static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");

    @LocalServerPort
    int port;

    @Test
    void printsThePlanOfFiveThousandNodesWithALoadBalancerAtEachEndpoint() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var with = document(true);
        var summary = measure(api, "/api/v1/ip-plans?detail=summary", with);
        var validations = measure(api, "/api/v1/validations", with);
        var balanced = measure(api, "/api/v1/plans", with);
        var plain = measure(api, "/api/v1/plans", document(false));

        System.out.printf(
                "plan HTTP benchmark: 5,000 m5.2xlarge nodes × 150,004 pods with the canonical LoadBalancer Service:"
                        + " median %.0f ms at /ip-plans?detail=summary, %.0f ms at /validations, %.0f ms at /plans"
                        + " (%.0f ms without the Service), over %d requests each%n",
                summary.medianMillis(),
                validations.medianMillis(),
                balanced.medianMillis(),
                plain.medianMillis(),
                RUNS);
        assertThat(summary.response().json().get("summary").get("running").asInt())
                .isEqualTo(150_004);
        assertThat(validations.response().status()).isEqualTo(200);
        assertThat(validations.response().json().get("findings")).isNotNull();
        assertThat(plain.response().status()).isEqualTo(200);
        assertThat(plain.response().json().get("loadBalancers").size()).isZero();
        assertThat(balanced.response().status()).isEqualTo(200);
        var loadBalancers = balanced.response().json().get("loadBalancers");
        assertThat(loadBalancers.size()).isEqualTo(1);
        assertThat(loadBalancers.get(0).get("type").asText()).isEqualTo("CLB");
        var plan = balanced.response().json().get("ipPlan").get("summary");
        assertThat(plan.get("nodes").asInt()).isEqualTo(5_000);
        assertThat(plan.get("running").asInt()).isEqualTo(150_004);
    }

    @Test
    void printsThePerNodeCostOfTheSummaryPlanAtOneTenAndAHundredThousandNodes() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var line = new StringBuilder("plan HTTP benchmark: /ip-plans?detail=summary, m5.xlarge × 30 pods, prefix"
                + " delegation, desired and max:");
        for (int nodes : new int[] {1_000, 10_000, 100_000}) {
            var timing = measure(api, "/api/v1/ip-plans?detail=summary", scaled(nodes), nodes > 50_000 ? 3 : RUNS);
            var summary = timing.response().json().get("summary");
            assertThat(summary.get("nodes").asInt()).isEqualTo(nodes);
            assertThat(summary.get("running").asInt()).isEqualTo(nodes * 30);
            line.append(String.format(
                    " %,d nodes %.0f ms (%.1f µs per node);",
                    nodes, timing.medianMillis(), timing.medianMillis() * 1000 / nodes));
        }
        System.out.println(line + " heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    }

    private static final int RUNS = 7;

    private record Timing(double medianMillis, ApiClient.Response response) {}

    private static Timing measure(ApiClient api, String path, String body) {
        return measure(api, path, body, RUNS);
    }

    private static Timing measure(ApiClient api, String path, String body, int runs) {
        for (int i = 0; i < 2; i++) {
            api.post(path, body);
        }
        long[] nanos = new long[runs];
        ApiClient.Response response = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            response = api.post(path, body);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[runs / 2] / 1e6, response);
    }

    /**
     * {@code nodes} m5.xlarge nodes, 30 pods each, with prefix delegation: a node group of 500 nodes per /16 subnet,
     * so that every node and pod gets an address at any scale and the cost per node is comparable.
     */
    static String scaled(int nodes) {
        var subnets = new ArrayList<Map<String, Object>>();
        var groups = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < nodes / 500; i++) {
            subnets.add(subnet("nodes-" + i, "10." + (i + 1) + ".0.0/16", ZONES.get(i % 3), false));
            groups.add(Map.of(
                    "name",
                    "ng-" + i,
                    "instanceType",
                    "m5.xlarge",
                    "desiredSize",
                    500,
                    "minSize",
                    0,
                    "maxSize",
                    500,
                    "subnets",
                    List.of("nodes-" + i)));
        }
        var workloads = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < nodes * 30 / 1000; i++) {
            workloads.add(Map.of("name", "app-" + i, "namespace", "ns-" + (i % 20), "replicas", 1000));
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("name", "scale");
        document.put("region", "us-west-2");
        document.put("vpc", Map.of("cidrBlocks", List.of("10.0.0.0/8")));
        document.put("subnets", subnets);
        document.put("cni", Map.of("prefixDelegation", true));
        document.put("nodeGroups", groups);
        document.put("workloads", workloads);
        return ApiClient.json(document);
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
