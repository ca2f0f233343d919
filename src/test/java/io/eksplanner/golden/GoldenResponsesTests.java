package io.eksplanner.golden;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pins every endpoint's current answers, status, headers and body, as golden files, so that a redesign can show
 * the service still answers exactly as before. For each topology under {@code golden/topologies} it stores the
 * cluster and calls every read endpoint on it, the stateless twins with the same document, the exports and an
 * import of them, a few refusals and one update round; {@link GoldenFiles} says when files are written and when
 * compared, {@link Transcript} what is normalised. Re-record after an intended change with {@code ./mvnw test
 * -Dtest=GoldenResponsesTests -Dgolden.record=true} and review the diff.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/golden-${random.uuid}")
class GoldenResponsesTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";

    /**
     * The IP-plan query variants, asked of a stored cluster and of the same document posted, so that both twins
     * are pinned on the same details, scenarios and pages (including a page past the end for small topologies).
     */
    private static final List<Variant> IP_PLAN_QUERIES = List.of(
            new Variant("summary-desired", ""),
            new Variant("summary-max", "?scenario=max"),
            new Variant("nodes-desired", "?detail=nodes"),
            new Variant("nodes-max-page-1-size-5", "?detail=nodes&scenario=max&page=1&size=5"),
            new Variant("pods-desired-size-50", "?detail=pods&size=50"),
            new Variant("pods-desired-page-1-size-50", "?detail=pods&page=1&size=50"),
            new Variant("pods-max-page-2", "?detail=pods&scenario=max&page=2"));

    private static final List<Children> CHILDREN = List.of(
            new Children("subnets", false),
            new Children("node-groups", false),
            new Children("workloads", true),
            new Children("services", true),
            new Children("ingresses", true),
            new Children("ingress-classes", false));

    /** A named query string of one endpoint. */
    private record Variant(String name, String query) {}

    /** A child collection: its path segment, and whether its items are addressed by namespace and name. */
    private record Children(String path, boolean namespaced) {}

    @LocalServerPort
    int port;

    private ApiClient api;
    private GoldenFiles golden;
    private ObjectNode document;
    private String text;
    private String cluster;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"canonical", "exhaustion", "prefix-delegation", "ingress-group"})
    void answersEveryEndpointAsRecorded(String topology) {
        api = new ApiClient(() -> "http://localhost:" + port);
        // An empty store per topology, so that the cluster list shows this cluster alone.
        api.deleteAllClusters();
        golden = new GoldenFiles(GOLDEN.resolve("responses").resolve(topology));
        text = read(GOLDEN.resolve("topologies").resolve(topology + ".json"));
        document = (ObjectNode) ApiClient.tree(text);
        cluster = document.get("name").asString();

        storesAndReadsTheCluster();
        readsEveryChild();
        plansTheStoredCluster();
        plansTheDocumentWithoutStoringIt();
        exportsAndImportsTheExports();
        describesTheInstanceTypes();
        if (topology.equals("canonical")) {
            importsTheExampleFiles();
            listsAndMissesInstanceTypes();
        }
        refusesBadRequests();
        updatesASubnet();
        deletesTheCluster();

        golden.verify();
    }

    private void storesAndReadsTheCluster() {
        call("cluster-create", "POST", "/api/v1/clusters", text);
        call("clusters-list", "GET", "/api/v1/clusters", null);
        call("cluster-get", "GET", clusterPath(""), null);
        call("cluster-get-if-none-match", "GET", clusterPath(""), null, "If-None-Match", "\"0\"");
    }

    private void readsEveryChild() {
        for (Children children : CHILDREN) {
            var list = call(children.path() + "-list", "GET", clusterPath("/" + children.path()), null);
            var items = array(list, "items");
            if (!items.isEmpty()) {
                var first = items.get(0);
                var key = children.namespaced()
                        ? first.get("namespace").asString() + "/"
                                + first.get("name").asString()
                        : first.get("name").asString();
                call(children.path() + "-get-first", "GET", clusterPath("/" + children.path() + "/" + key), null);
            }
        }
    }

    private void plansTheStoredCluster() {
        call("validation", "GET", clusterPath("/validation"), null);
        call("validation-fail-on-warning", "GET", clusterPath("/validation?failOn=warning"), null);
        for (Variant variant : IP_PLAN_QUERIES) {
            call("ip-plan-" + variant.name(), "GET", clusterPath("/ip-plan" + variant.query()), null);
        }
        var list = call("load-balancers-list", "GET", clusterPath("/load-balancers"), null);
        for (JsonNode loadBalancer : array(list, "loadBalancers")) {
            var id = loadBalancer.get("id").asString();
            call("load-balancer-" + id, "GET", clusterPath("/load-balancers/" + id), null);
        }
        call("plan", "GET", clusterPath("/plan"), null);
        call("plan-fail-on-error", "GET", clusterPath("/plan?failOn=error"), null);
    }

    private void plansTheDocumentWithoutStoringIt() {
        call("validations-post", "POST", "/api/v1/validations", text);
        call("validations-post-fail-on-error", "POST", "/api/v1/validations?failOn=error", text);
        for (Variant variant : IP_PLAN_QUERIES) {
            call("ip-plans-post-" + variant.name(), "POST", "/api/v1/ip-plans" + variant.query(), text);
        }
        call("load-balancer-plans-post", "POST", "/api/v1/load-balancer-plans", text);
        call("plans-post", "POST", "/api/v1/plans", text);
        call("plans-post-fail-on-error", "POST", "/api/v1/plans?failOn=error", text);
        call("plans-post-fail-on-warning", "POST", "/api/v1/plans?failOn=warning", text);
    }

    private void exportsAndImportsTheExports() {
        call("export-yaml", "GET", clusterPath(""), null, "Accept", YAML);
        var eksctl = call("export-eksctl", "GET", clusterPath("/export/eksctl"), null);
        var manifests = call("export-manifests", "GET", clusterPath("/export/manifests"), null);
        // The exports read back in, as a dry run: pins what the importer makes of what the exporter writes.
        callWith(
                YAML,
                "import-dry-run-of-exports",
                "POST",
                "/api/v1/imports?dryRun=true",
                eksctl.body() + "\n---\n" + manifests.body());
    }

    private void describesTheInstanceTypes() {
        var types = new LinkedHashSet<String>();
        document.get("nodeGroups")
                .forEach(group -> types.add(group.get("instanceType").asString()));
        for (String type : types) {
            call("instance-type-" + type, "GET", "/api/v1/instance-types/" + type, null);
        }
    }

    private void importsTheExampleFiles() {
        var stream = read(Path.of("examples/canonical-cluster.eksctl.yaml")) + "\n---\n"
                + read(Path.of("examples/canonical-cluster.manifests.yaml"));
        callWith(YAML, "import-dry-run-examples", "POST", "/api/v1/imports?dryRun=true", stream);
    }

    private void listsAndMissesInstanceTypes() {
        call("instance-types-list-m5", "GET", "/api/v1/instance-types?family=m5&size=5", null);
        call("instance-types-list-prefix-c6-page-1", "GET", "/api/v1/instance-types?prefix=c6&page=1&size=3", null);
        call("error-404-unknown-instance-type", "GET", "/api/v1/instance-types/m5.larg", null);
    }

    private void refusesBadRequests() {
        call("error-404-unknown-cluster", "GET", "/api/v1/clusters/" + cluster + "-missing", null);
        call("error-404-unknown-subnet", "GET", clusterPath("/subnets/no-such-subnet"), null);
        call("error-404-unknown-load-balancer", "GET", clusterPath("/load-balancers/service.none.none"), null);
        var illFormed = document.deepCopy();
        // One violation per field: the problem sorts its errors by field only.
        ((ObjectNode) illFormed.get("subnets").get(0)).put("cidr", "10.0.0.0/33");
        ((ObjectNode) illFormed.get("nodeGroups").get(0)).put("desiredSize", -1);
        call("error-400-ill-formed-document", "POST", "/api/v1/clusters", ApiClient.json(illFormed));
        var unknownProperty = document.deepCopy();
        unknownProperty.put("owner", "platform-team");
        call("error-400-unknown-property", "POST", "/api/v1/validations", ApiClient.json(unknownProperty));
        call("error-400-unknown-detail", "GET", clusterPath("/ip-plan?detail=everything"), null);
        call("error-409-cluster-name-taken", "POST", "/api/v1/clusters", text);
        call(
                "error-409-subnet-name-taken",
                "POST",
                clusterPath("/subnets"),
                ApiClient.json(document.get("subnets").get(0)));
    }

    private void updatesASubnet() {
        var subnet = (ObjectNode) document.get("subnets").get(0).deepCopy();
        ((ObjectNode) subnet.get("tags")).put("team", "platform");
        var path = clusterPath("/subnets/" + subnet.get("name").asString());
        call("update-subnet-put", "PUT", path, ApiClient.json(subnet), "If-Match", "\"0\"");
        call("update-subnet-get", "GET", path, null);
        call("update-cluster-get", "GET", clusterPath(""), null);
        // The same write again with the version it was based on, now stale.
        call("error-412-stale-if-match", "PUT", path, ApiClient.json(subnet), "If-Match", "\"0\"");
    }

    private void deletesTheCluster() {
        call("cluster-delete", "DELETE", clusterPath(""), null, "If-Match", "\"1\"");
        call("cluster-get-after-delete", "GET", clusterPath(""), null);
    }

    private Response call(String name, String method, String path, String body, String... headers) {
        return callWith(JSON, name, method, path, body, headers);
    }

    /** Sends one request, checks its answer against the call's golden file, and returns it for later calls. */
    private Response callWith(
            String contentType, String name, String method, String path, String body, String... headers) {
        var response = api.send(method, path, body, contentType, headers);
        var sent = new ArrayList<String>();
        if (body != null) {
            sent.addAll(List.of("Content-Type", contentType));
        }
        sent.addAll(List.of(headers));
        golden.check(name, Transcript.of(method, path, sent, response));
        return response;
    }

    private String clusterPath(String rest) {
        return "/api/v1/clusters/" + cluster + rest;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The elements of a JSON answer's array {@code field}, or none when the answer is not a 200: its golden file
     * already reports the change, and the calls that would follow from it have nothing to address.
     */
    private static List<JsonNode> array(Response response, String field) {
        if (response.status() != 200) {
            return List.of();
        }
        var elements = new ArrayList<JsonNode>();
        response.json().get(field).forEach(elements::add);
        return elements;
    }
}
