package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eksplanner.common.web.ProblemType;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.planner.ApiClient;
import org.openapitools.planner.ApiException;
import org.openapitools.planner.api.ClustersApi;
import org.openapitools.planner.api.IpPlanningApi;
import org.openapitools.planner.api.PlansApi;
import org.openapitools.planner.api.SubnetsApi;
import org.openapitools.planner.model.IpPlanSubnet;
import org.openapitools.planner.model.Problem;
import org.openapitools.planner.model.TopologyDocument;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The Java client openapi-generator makes from the checked-in contract (src/docs/openapi.json, generated and compiled
 * by the build) walks the README's tour against a real server: what it reads is what the server sent, typed — the
 * schema names are unique, so no field is dropped (src/docs/api-conventions.md §5).
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class GeneratedClientTests {

    private static final String CLUSTER = "client-tour";

    @LocalServerPort
    int port;

    @Test
    void generatedJavaClientWalksTheReadmeTour() throws Exception {
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        var clusters = new ClustersApi(client);
        var subnets = new SubnetsApi(client);

        TopologyDocument document;
        try (InputStream in = new ClassPathResource("examples/canonical-cluster.json").getInputStream()) {
            document = client.getObjectMapper().readValue(in, TopologyDocument.class);
        }
        document.setName(CLUSTER);
        var created = clusters.createClusterWithHttpInfo(document);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created.getHeaders(), "location")).endsWith("/api/v1/clusters/" + CLUSTER);

        var read = clusters.getClusterWithHttpInfo(CLUSTER, null);
        var etag = header(read.getHeaders(), "etag");
        assertThat(read.getData().getSubnets()).hasSameSizeAs(document.getSubnets());

        var subnet = subnets.getSubnet(CLUSTER, "public-a", null);
        var tags = new HashMap<String, String>(subnet.getTags() == null ? Map.of() : subnet.getTags());
        tags.put("owner", "client-tour");
        subnet.setTags(tags);
        var replaced = subnets.replaceSubnetWithHttpInfo(CLUSTER, "public-a", subnet, etag);
        assertThat(replaced.getData().getTags()).containsEntry("owner", "client-tour");
        var newEtag = header(replaced.getHeaders(), "etag");
        assertThat(newEtag).isNotEqualTo(etag);

        var stale = catchThrowableOfType(
                ApiException.class, () -> subnets.replaceSubnet(CLUSTER, "public-a", subnet, etag));
        assertThat(stale.getCode()).isEqualTo(412);
        var problem = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertThat(problem.getType())
                .isEqualTo(ProblemType.PRECONDITION_FAILED.type().toString());
        assertThat(problem.getStatus()).isEqualTo(412);

        var plan = new PlansApi(client).planCluster(CLUSTER, null);
        var summary = plan.getIpPlan().getSummary();
        assertThat(summary.getNodes()).isPositive();
        assertThat(summary.getPods()).isPositive();
        assertThat(plan.getValidation().getSummary()).isNotNull();

        var ipPlan = new IpPlanningApi(client).getIpPlan(CLUSTER, null, null, null, null);
        List<IpPlanSubnet> planned = ipPlan.getSubnets();
        assertThat(planned)
                .isNotEmpty()
                .allSatisfy(each -> assertThat(each.getFreeIps())
                        .as("freeIps of %s", each.getName())
                        .isNotNull());
        System.out.printf(
                "Generated Java client: created %s, ETag %s -> %s, stale If-Match -> %d %s, plan %d nodes %d pods,"
                        + " %d subnets with freeIps (%s: %d)%n",
                CLUSTER,
                etag,
                newEtag,
                problem.getStatus(),
                problem.getType(),
                summary.getNodes(),
                summary.getPods(),
                planned.size(),
                planned.get(0).getName(),
                planned.get(0).getFreeIps());
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
