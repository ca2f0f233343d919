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
 * A benchmark, not a timed test: the summary-level IP plan of 5,000 m5.xlarge nodes × 30 pods over HTTP, both
 * scenarios planned, printing the median round trip. It asserts what came back, never how long it took.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/ip-plan-http-benchmark-${random.uuid}")
class IpPlanHttpBenchmarkTests {

    @LocalServerPort
    int port;

    static String document() {
        var subnets = new ArrayList<Map<String, Object>>();
        var groups = new ArrayList<Map<String, Object>>();
        var zones = List.of("us-west-2a", "us-west-2b", "us-west-2c");
        var blocks = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            blocks.add("10." + (i + 1) + ".0.0/16");
            subnets.add(Map.of(
                    "name",
                    "nodes-" + i,
                    "cidr",
                    "10." + (i + 1) + ".0.0/16",
                    "availabilityZone",
                    zones.get(i % 3),
                    "type",
                    "PRIVATE",
                    "egress",
                    "NAT_GATEWAY"));
            groups.add(Map.of(
                    "name",
                    "ng-" + i,
                    "instanceType",
                    "m5.xlarge",
                    "desiredSize",
                    833,
                    "minSize",
                    0,
                    "maxSize",
                    833,
                    "subnets",
                    List.of("nodes-" + i)));
        }
        var workloads = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 150; i++) {
            workloads.add(Map.of("name", "app-" + i, "namespace", "ns-" + (i % 20), "replicas", 1000));
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("name", "bench");
        document.put("region", "us-west-2");
        document.put("vpc", Map.of("cidrBlocks", blocks));
        document.put("subnets", subnets);
        document.put("nodeGroups", groups);
        document.put("workloads", workloads);
        return ApiClient.json(document);
    }

    @Test
    void printsTheRoundTripOfASummaryPlanOfFiveThousandNodes() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var body = document();
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/ip-plans", body);
        }
        int runs = 9;
        long[] nanos = new long[runs];
        ApiClient.Response response = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            response = api.post("/api/v1/ip-plans", body);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);

        System.out.printf(
                "ip plan HTTP benchmark: summary of 4,998 nodes × 30 pods (desired and max): median %.0f ms over %d"
                        + " requests, %d bytes%n",
                nanos[runs / 2] / 1e6, runs, response.body().length());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("summary").get("running").asInt()).isEqualTo(150_000);
    }
}
