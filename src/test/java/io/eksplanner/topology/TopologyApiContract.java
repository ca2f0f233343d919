package io.eksplanner.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The topology API's contract over real HTTP against the whole running service: every endpoint, every error of
 * src/docs/domain-rules.md §1, ETags and If-Match. Subclasses run it against each supported database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TopologyApiContract {

    static final String CLUSTERS = "/api/v1/clusters";

    @LocalServerPort
    int port;

    final ApiClient api = new ApiClient(() -> "http://localhost:" + port);

    @BeforeEach
    void startsFromAnEmptyStore() {
        api.deleteAllClusters();
    }

    Response create(ObjectNode document) {
        var response = api.post(CLUSTERS, ApiClient.json(document));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo(ProblemType.DEFAULT_BASE + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "at io.eksplanner", "org.hibernate");
    }

    static JsonNode onlyError(Response response) {
        var errors = response.json().get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        return errors.get(0);
    }

    /** Every field the expected document holds has the same value in the actual one; extra fields may be null. */
    static void assertContainsDocument(JsonNode actual, JsonNode expected) {
        assertThat(retain(actual, expected)).isEqualTo(expected);
    }

    private static JsonNode retain(JsonNode actual, JsonNode expected) {
        if (expected.isObject() && actual.isObject()) {
            var copy = ApiClient.tree("{}");
            for (String name : expected.propertyNames()) {
                if (actual.has(name)) {
                    ((ObjectNode) copy).set(name, retain(actual.get(name), expected.get(name)));
                }
            }
            return copy;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            var copy = ApiClient.tree("[]");
            for (int i = 0; i < expected.size(); i++) {
                ((tools.jackson.databind.node.ArrayNode) copy).add(retain(actual.get(i), expected.get(i)));
            }
            return copy;
        }
        return actual;
    }

    // ---- clusters ----

    @Test
    void createsTheCanonicalExampleAndReadsEveryFieldBack() {
        var created = api.post(CLUSTERS, Canonical.text());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/clusters/demo");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertContainsDocument(created.json(), Canonical.tree());

        var read = api.get(CLUSTERS + "/demo");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertContainsDocument(read.json(), Canonical.tree());
    }

    @Test
    void keepsNullsNullAndReadsMissingCollectionsAsEmpty() {
        var read = api.post(CLUSTERS, """
                {"name": "bare", "cni": {"warmIpTarget": null, "prefixDelegation": true},
                 "nodeGroups": [{"name": "ng", "maxPods": null, "subnets": []}]}""").json();

        assertThat(read.get("vpc").isNull()).isTrue();
        assertThat(read.get("region").isNull()).isTrue();
        assertThat(read.get("serviceIpv4Cidr").isNull()).isTrue();
        assertThat(read.get("cni").get("warmIpTarget").isNull()).isTrue();
        assertThat(read.get("cni").get("warmEniTarget").isNull())
                .as("defaults are not written back")
                .isTrue();
        assertThat(read.get("cni").get("prefixDelegation").asBoolean()).isTrue();
        assertThat(read.get("nodeGroups").get(0).get("maxPods").isNull()).isTrue();
        assertThat(read.get("nodeGroups").get(0).get("subnets")).isEmpty();
        for (String collection :
                List.of("subnets", "workloads", "services", "ingresses", "ingressClasses", "controlPlaneSubnets")) {
            assertThat(read.get(collection).isArray()).as(collection).isTrue();
            assertThat(read.get(collection)).as(collection).isEmpty();
        }
        assertThat(api.get(CLUSTERS + "/bare").json()).isEqualTo(read);
    }

    @Test
    void keepsTheOrderOfListsAndMaps() {
        var document = Canonical.named("ordered");
        var subnets = (tools.jackson.databind.node.ArrayNode) document.get("subnets");
        var reversed = new ArrayList<JsonNode>();
        subnets.forEach(reversed::add);
        java.util.Collections.reverse(reversed);
        subnets.removeAll();
        reversed.forEach(subnets::add);
        var tags = (ObjectNode) subnets.get(0).get("tags");
        tags.put("zeta", "1");
        tags.put("alpha", "2");
        tags.put("kubernetes.io/cluster/ordered", "shared");

        var read = create(document).json();

        assertThat(read.get("subnets").get(0).get("name").asString()).isEqualTo("private-c");
        assertThat(read.get("subnets").get(5).get("name").asString()).isEqualTo("public-a");
        assertThat(read.get("subnets").get(0).get("tags").propertyNames())
                .containsExactly("kubernetes.io/role/internal-elb", "zeta", "alpha", "kubernetes.io/cluster/ordered");
        assertThat(api.get(CLUSTERS + "/ordered").json()).isEqualTo(read);
    }

    @Test
    void storesAWellFormedButInvalidNetworkForValidationToReport() {
        var document = Canonical.named("invalid-but-well-formed");
        ((ObjectNode) document.get("vpc")).putArray("cidrBlocks").add("169.254.0.1/12");
        ((ObjectNode) document.get("subnets").get(0)).put("cidr", "10.0.0.7/12");
        var nodeGroup = (ObjectNode) document.get("nodeGroups").get(0);
        nodeGroup.put("minSize", 9).put("desiredSize", 1).put("maxSize", 0);
        nodeGroup.putArray("subnets").add("no-such-subnet");
        nodeGroup.put("instanceType", "x9.imaginary");

        var created = create(document);

        assertContainsDocument(api.get(CLUSTERS + "/invalid-but-well-formed").json(), document);
        assertThat(created.json().get("subnets").get(0).get("cidr").asString()).isEqualTo("10.0.0.7/12");
    }

    @Test
    void storesKilobytesOfAnnotationValues() {
        var document = Canonical.named("annotated");
        var value = "x".repeat(64 * 1024);
        ((ObjectNode) document.get("services").get(0).get("annotations")).put("example.com/big", value);

        create(document);

        assertThat(api.get(CLUSTERS + "/annotated/services/default/my-nginx")
                        .json()
                        .get("annotations")
                        .get("example.com/big")
                        .asString())
                .isEqualTo(value);
    }

    @Test
    void listsClustersOnePageAtATimeSortedByName() {
        for (String name : List.of("charlie", "alpha", "delta", "bravo", "echo")) {
            create(Canonical.named(name));
        }

        var first = api.get(CLUSTERS + "?page=0&size=2").json();
        var last = api.get(CLUSTERS + "?page=2&size=2").json();

        assertThat(names(first.get("items"))).containsExactly("alpha", "bravo");
        assertThat(first.get("page").get("totalElements").asInt()).isEqualTo(5);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(names(last.get("items"))).containsExactly("echo");
        var alpha = first.get("items").get(0);
        assertThat(alpha.get("subnets").asInt()).isEqualTo(6);
        assertThat(alpha.get("nodeGroups").asInt()).isEqualTo(1);
        assertThat(alpha.get("version").asLong()).isZero();
        assertThat(alpha.get("region").asString()).isEqualTo("ap-northeast-2");
    }

    @Test
    void refusesPagingParametersOutOfRange() {
        assertProblem(api.get(CLUSTERS + "?size=101"), 400, "invalid-parameter");
        assertProblem(api.get(CLUSTERS + "?page=-1"), 400, "invalid-parameter");
        var notANumber = api.get(CLUSTERS + "?page=first");
        assertProblem(notANumber, 400, "invalid-parameter");
        assertThat(onlyError(notANumber).get("field").asString()).isEqualTo("page");
    }

    @Test
    void replacesAClusterAndMovesItsVersion() {
        create(Canonical.named("replaced"));
        var document = Canonical.named("replaced");
        document.put("kubernetesVersion", "1.34");
        ((tools.jackson.databind.node.ArrayNode) document.get("subnets")).remove(5);

        var replaced = api.put(CLUSTERS + "/replaced", ApiClient.json(document), "If-Match", "\"0\"");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        var read = api.get(CLUSTERS + "/replaced");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("kubernetesVersion").asString()).isEqualTo("1.34");
        assertThat(read.json().get("subnets")).hasSize(5);
    }

    @Test
    void replacesWithoutIfMatchAndWithAWildcard() {
        create(Canonical.named("unconditional"));

        assertThat(api.put(CLUSTERS + "/unconditional", ApiClient.json(Canonical.named("unconditional")))
                        .header("ETag"))
                .isEqualTo("\"1\"");
        assertThat(api.put(
                                CLUSTERS + "/unconditional",
                                ApiClient.json(Canonical.named("unconditional")),
                                "If-Match",
                                "*")
                        .header("ETag"))
                .isEqualTo("\"2\"");
    }

    @Test
    void refusesAStaleOrWeakIfMatchAndKeepsTheStoredDocument() {
        create(Canonical.named("guarded"));
        var changed = Canonical.named("guarded");
        changed.put("region", "eu-west-1");

        var stale = api.put(CLUSTERS + "/guarded", ApiClient.json(changed), "If-Match", "\"7\"");
        var weak = api.put(CLUSTERS + "/guarded", ApiClient.json(changed), "If-Match", "W/\"0\"");
        var staleDelete = api.delete(CLUSTERS + "/guarded", "If-Match", "\"3\"");

        assertProblem(stale, 412, "precondition-failed");
        assertThat(stale.header("ETag")).isEqualTo("\"0\"");
        assertProblem(weak, 412, "precondition-failed");
        assertProblem(staleDelete, 412, "precondition-failed");
        var read = api.get(CLUSTERS + "/guarded");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("region").asString()).isEqualTo("ap-northeast-2");
    }

    @Test
    void answersNotModifiedWhenIfNoneMatchHoldsTheCurrentEtag() {
        create(Canonical.named("cached"));

        assertThat(api.get(CLUSTERS + "/cached", "If-None-Match", "\"0\"").status())
                .isEqualTo(304);
        assertThat(api.get(CLUSTERS + "/cached", "If-None-Match", "\"9\"").status())
                .isEqualTo(200);
    }

    @Test
    void refusesARenameThroughPut() {
        create(Canonical.named("original"));

        var response = api.put(CLUSTERS + "/original", ApiClient.json(Canonical.named("renamed")));

        assertProblem(response, 400, "invalid-fields");
        assertThat(onlyError(response).get("field").asString()).isEqualTo("name");
        assertThat(api.get(CLUSTERS + "/renamed").status()).isEqualTo(404);
    }

    @Test
    void deletesAClusterWithEverythingInIt() {
        create(Canonical.named("doomed"));

        var deleted = api.delete(CLUSTERS + "/doomed", "If-Match", "\"0\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(api.get(CLUSTERS + "/doomed"), 404, "not-found");
        assertProblem(api.get(CLUSTERS + "/doomed/subnets"), 404, "not-found");
        create(Canonical.named("doomed"));
    }

    @Test
    void answersNotFoundForAnUnknownCluster() {
        assertProblem(api.get(CLUSTERS + "/ghost"), 404, "not-found");
        assertProblem(api.put(CLUSTERS + "/ghost", ApiClient.json(Canonical.named("ghost"))), 404, "not-found");
        assertProblem(api.delete(CLUSTERS + "/ghost"), 404, "not-found");
        assertProblem(api.get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void refusesANameAlreadyTaken() {
        create(Canonical.tree());
        var again = Canonical.tree();
        again.put("region", "us-east-1");

        assertProblem(api.post(CLUSTERS, ApiClient.json(again)), 409, "name-taken");
        assertThat(api.get(CLUSTERS + "/demo").json().get("region").asString()).isEqualTo("ap-northeast-2");
    }

    /* Ill-formed input: refused with a problem that names the field, and nothing is stored. */
    // ---- ill formed input ----

    Response postRefused(String body) {
        var response = api.post(CLUSTERS, body);
        assertThat(api.get(CLUSTERS).json().get("page").get("totalElements").asInt())
                .as("nothing stored after " + response)
                .isZero();
        return response;
    }

    @Test
    void refusesMalformedJson() {
        var response = postRefused("{\"name\": \"broken\", ");
        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void refusesAnEmptyBody() {
        assertProblem(postRefused(""), 400, "malformed-json");
    }

    @Test
    void refusesAnUnknownPropertyNamingIt() {
        var response =
                postRefused("{\"name\": \"x\", \"subnets\": [{\"name\": \"a\", \"cidrBlock\": \"10.0.0.0/24\"}]}");

        assertProblem(response, 400, "unknown-property");
        var error = onlyError(response);
        assertThat(error.get("field").asString()).isEqualTo("subnets[0].cidrBlock");
        assertThat(error.get("message").asString()).contains("cidrBlock", "cidr");
    }

    @Test
    void refusesADuplicateKey() {
        var response = postRefused("{\"name\": \"x\", \"region\": \"us-east-1\", \"region\": \"us-west-2\"}");

        assertProblem(response, 400, "malformed-json");
        assertThat(response.json().get("detail").asString()).contains("region");
    }

    @Test
    void refusesAWrongEnumValueListingTheAllowedOnes() {
        var response = postRefused("{\"name\": \"x\", \"subnets\": [{\"name\": \"a\", \"type\": \"public\"}]}");

        assertProblem(response, 400, "invalid-value");
        var error = onlyError(response);
        assertThat(error.get("field").asString()).isEqualTo("subnets[0].type");
        assertThat(error.get("message").asString()).contains("PUBLIC", "PRIVATE");
        assertThat(error.get("rejectedValue").asString()).isEqualTo("public");
    }

    @Test
    void refusesValuesOfTheWrongJsonType() {
        assertThat(onlyError(postRefused("{\"name\": 5}")).get("field").asString())
                .isEqualTo("name");
        assertThat(onlyError(postRefused(
                                "{\"name\": \"x\", \"nodeGroups\": [{\"name\": \"a\", \"desiredSize\": \"3\"}]}"))
                        .get("field")
                        .asString())
                .isEqualTo("nodeGroups[0].desiredSize");
        assertThat(onlyError(postRefused(
                                "{\"name\": \"x\", \"nodeGroups\": [{\"name\": \"a\", \"desiredSize\": 2.5}]}"))
                        .get("message")
                        .asString())
                .contains("whole number");
        assertProblem(postRefused("{\"name\": \"x\", \"cni\": {\"prefixDelegation\": \"yes\"}}"), 400, "invalid-value");
    }

    static Stream<Arguments> illFormedFields() {
        return Stream.of(
                Arguments.of("{\"name\": \"-starts-with-dash\"}", "name"),
                Arguments.of("{\"name\": \"" + "a".repeat(101) + "\"}", "name"),
                Arguments.of("{\"region\": \"us-east-1\"}", "name"),
                Arguments.of("{\"name\": \"x\", \"vpc\": {\"cidrBlocks\": [\"10.0.0.256/16\"]}}", "vpc.cidrBlocks[0]"),
                Arguments.of("{\"name\": \"x\", \"vpc\": {\"cidrBlocks\": [\"10.0.0.0/33\"]}}", "vpc.cidrBlocks[0]"),
                Arguments.of("{\"name\": \"x\", \"vpc\": {\"cidrBlocks\": [\"10.0.0.0\"]}}", "vpc.cidrBlocks[0]"),
                Arguments.of("{\"name\": \"x\", \"serviceIpv4Cidr\": \"10.100.0.0/x\"}", "serviceIpv4Cidr"),
                Arguments.of(
                        "{\"name\": \"x\", \"subnets\": [{\"name\": \"a\", \"cidr\": \"1.2.3/24\"}]}",
                        "subnets[0].cidr"),
                Arguments.of(
                        "{\"name\": \"x\", \"endpointAccess\": {\"publicAccessCidrs\": [\"300.0.0.0/8\"]}}",
                        "endpointAccess.publicAccessCidrs[0]"),
                Arguments.of("{\"name\": \"x\", \"subnets\": [{\"name\": \"bad name\"}]}", "subnets[0].name"),
                Arguments.of(
                        "{\"name\": \"x\", \"workloads\": [{\"name\": \"Web\", \"namespace\": \"default\"}]}",
                        "workloads[0].name"),
                Arguments.of(
                        "{\"name\": \"x\", \"workloads\": [{\"name\": \"web\", \"namespace\": \"a.b\"}]}",
                        "workloads[0].namespace"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"1web\", \"namespace\": \"default\"}]}",
                        "services[0].name"),
                Arguments.of(
                        "{\"name\": \"x\", \"workloads\": [{\"name\": \"w\", \"namespace\": \"default\","
                                + " \"ports\": [{\"containerPort\": 70000}]}]}",
                        "workloads[0].ports[0].containerPort"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"ports\": [{\"port\": 0}]}]}",
                        "services[0].ports[0].port"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"ports\": [{\"port\": 80, \"nodePort\": 29999}]}]}",
                        "services[0].ports[0].nodePort"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"ports\": [{\"port\": 80, \"targetPort\": 0}]}]}",
                        "services[0].ports[0].targetPort"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"type\": \"LoadBalancer\", \"externalTrafficPolicy\": \"Local\","
                                + " \"healthCheckNodePort\": 40000}]}",
                        "services[0].healthCheckNodePort"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"healthCheckNodePort\": 31000}]}",
                        "services[0].healthCheckNodePort"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"type\": \"NodePort\", \"loadBalancerClass\": \"service.k8s.aws/nlb\"}]}",
                        "services[0].loadBalancerClass"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"default\","
                                + " \"externalTrafficPolicy\": \"Local\"}]}",
                        "services[0].externalTrafficPolicy"),
                Arguments.of(
                        "{\"name\": \"x\", \"nodeGroups\": [{\"name\": \"a\", \"minSize\": -1}]}",
                        "nodeGroups[0].minSize"),
                Arguments.of("{\"name\": \"x\", \"cni\": {\"warmIpTarget\": -2}}", "cni.warmIpTarget"),
                Arguments.of(
                        "{\"name\": \"x\", \"workloads\": [{\"name\": \"w\", \"namespace\": \"default\","
                                + " \"replicas\": -1}]}",
                        "workloads[0].replicas"),
                Arguments.of(
                        "{\"name\": \"x\", \"workloads\": [{\"name\": \"w\", \"namespace\": \"default\","
                                + " \"labels\": {\"app\": \"not valid!\"}}]}",
                        "workloads[0].labels[app]"),
                Arguments.of(
                        "{\"name\": \"x\", \"subnets\": [{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"a\"}]}",
                        "subnets[2].name"),
                Arguments.of(
                        "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"a\"},"
                                + " {\"name\": \"s\", \"namespace\": \"a\"}]}",
                        "services[1].name"));
    }

    @ParameterizedTest
    @MethodSource("illFormedFields")
    void refusesAFieldBreakingItsRuleNamingTheField(String body, String field) {
        var response = postRefused(body);

        assertProblem(response, 400, "invalid-fields");
        assertThat(onlyError(response).get("field").asString()).isEqualTo(field);
        assertThat(onlyError(response).get("message").asString()).isNotBlank();
    }

    @Test
    void acceptsTheSameNameInDifferentNamespaces() {
        var response = api.post(
                CLUSTERS,
                "{\"name\": \"x\", \"services\": [{\"name\": \"s\", \"namespace\": \"a\"},"
                        + " {\"name\": \"s\", \"namespace\": \"b\"}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void refusesAnUnsupportedMediaType() {
        var response = api.send("POST", CLUSTERS, Canonical.text(), "text/plain");

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(api.get(CLUSTERS + "/demo").status()).isEqualTo(404);
    }

    @Test
    void refusesAnUnsupportedMethod() {
        assertProblem(api.send("PATCH", CLUSTERS + "/demo", "{}", "application/json"), 405, "method-not-allowed");
    }

    @Test
    void refusesABodyOverTheLimitWithAContentLength() {
        var body = "{\"name\": \"big\", \"region\": \"" + " ".repeat(5 * 1024 * 1024) + "\"}";

        assertProblem(api.post(CLUSTERS, body), 413, "payload-too-large");
        assertThat(api.get(CLUSTERS + "/big").status()).isEqualTo(404);
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() {
        var document = Canonical.named("big");
        ((ObjectNode) document.get("services").get(0).get("annotations"))
                .put("example.com/padding", "p".repeat(5 * 1024 * 1024));
        byte[] bytes = ApiClient.json(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // A publisher of unknown length makes the client send the body chunked, without a Content-Length.
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + CLUSTERS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build();

        assertProblem(api.send(request), 413, "payload-too-large");
        assertThat(api.get(CLUSTERS + "/big").status()).isEqualTo(404);
    }

    /** One child collection of a cluster, with an item to add and a change to make to it. */
    record Collection(String path, String itemPath, String json, String field, String changed) {

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Collection> collections() {
        return Stream.of(
                new Collection(
                        "subnets",
                        "public-d",
                        "{\"name\": \"public-d\", \"cidr\": \"192.168.192.0/19\", \"availabilityZone\": \"ap-northeast-2d\","
                                + " \"type\": \"PUBLIC\", \"egress\": \"INTERNET_GATEWAY\", \"tags\": {\"b\": \"1\", \"a\": \"2\"}}",
                        "cidr",
                        "192.168.192.0/20"),
                new Collection(
                        "node-groups",
                        "ng-2",
                        "{\"name\": \"ng-2\", \"instanceType\": \"c5.xlarge\", \"desiredSize\": 2, \"minSize\": 1,"
                                + " \"maxSize\": 3, \"subnets\": [\"public-c\", \"public-b\"], \"managed\": false}",
                        "instanceType",
                        "c5.2xlarge"),
                new Collection(
                        "ingress-classes",
                        "alb",
                        "{\"name\": \"alb\", \"controller\": \"ingress.k8s.aws/alb\", \"isDefault\": true,"
                                + " \"parameters\": {\"scheme\": \"internal\", \"group\": \"shared\", \"ipAddressType\": \"ipv4\","
                                + " \"targetType\": \"ip\", \"subnets\": {\"ids\": null, \"tags\": {\"tier\": [\"edge\", \"dmz\"],"
                                + " \"kubernetes.io/role/internal-elb\": []}}, \"certificateArn\": [\"arn:aws:acm:a:1:certificate/x\"],"
                                + " \"sslPolicy\": \"ELBSecurityPolicy-TLS13-1-2-2021-06\", \"sslRedirectPort\": \"443\","
                                + " \"inboundCIDRs\": [\"10.0.0.0/8\", \"192.168.0.0/16\"], \"loadBalancerName\": \"shared\","
                                + " \"tags\": {\"team\": \"payments\"}, \"loadBalancerAttributes\":"
                                + " {\"idle_timeout.timeout_seconds\": \"120\"}, \"namespaceSelector\": {\"matchLabels\":"
                                + " {\"env\": \"prod\"}, \"matchExpressions\": [{\"key\": \"team\", \"operator\": \"In\","
                                + " \"values\": [\"a\", \"b\"]}, {\"key\": \"tier\", \"operator\": \"Exists\", \"values\": null}]}},"
                                + " \"parametersRef\": {\"apiGroup\": \"elbv2.k8s.aws\", \"kind\": \"IngressClassParams\","
                                + " \"name\": \"shared-params\"}}",
                        "controller",
                        "example.com/other"),
                // A class naming IngressClassParams the cluster does not have: the reference alone.
                new Collection(
                        "ingress-classes",
                        "internal",
                        "{\"name\": \"internal\", \"controller\": \"ingress.k8s.aws/alb\", \"parameters\": null,"
                                + " \"parametersRef\": {\"apiGroup\": \"elbv2.k8s.aws\", \"kind\": \"IngressClassParams\","
                                + " \"name\": \"missing\"}}",
                        "controller",
                        "example.com/other"),
                new Collection(
                        "workloads",
                        "apps/api",
                        "{\"name\": \"api\", \"namespace\": \"apps\", \"kind\": \"StatefulSet\", \"replicas\": 3,"
                                + " \"labels\": {\"app\": \"api\"}, \"ports\": [{\"name\": \"grpc\", \"containerPort\": 9090}]}",
                        "placement",
                        "PACK"),
                new Collection(
                        "services",
                        "apps/api",
                        "{\"name\": \"api\", \"namespace\": \"apps\", \"type\": \"NodePort\", \"selector\": {\"app\": \"api\"},"
                                + " \"ports\": [{\"port\": 9090, \"targetPort\": \"grpc\"}]}",
                        "externalTrafficPolicy",
                        "Local"),
                new Collection(
                        "ingresses",
                        "apps/web",
                        "{\"name\": \"web\", \"namespace\": \"apps\", \"ingressClassName\": \"alb\","
                                + " \"annotations\": {\"alb.ingress.kubernetes.io/group.name\": \"shared\"},"
                                + " \"rules\": [{\"host\": \"example.com\", \"paths\": [{\"path\": \"/\", \"pathType\": \"Prefix\","
                                + " \"serviceName\": \"api\", \"servicePort\": 9090}]}],"
                                + " \"defaultBackend\": {\"serviceName\": \"api\", \"servicePort\": \"grpc\"}}",
                        "ingressClassName",
                        "other"));
    }

    // ---- children ----

    String base(Collection collection) {
        return CLUSTERS + "/demo/" + collection.path();
    }

    @ParameterizedTest
    @MethodSource("collections")
    void createsReadsReplacesAndDeletesAChild(Collection collection) {
        create(Canonical.tree());
        var item = base(collection) + "/" + collection.itemPath();

        var created = api.post(base(collection), collection.json(), "If-Match", "\"0\"");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(item);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertContainsDocument(created.json(), ApiClient.tree(collection.json()));

        var read = api.get(item);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json()).isEqualTo(created.json());
        var list = api.get(base(collection));
        assertThat(list.header("ETag")).isEqualTo("\"1\"");
        var items = list.json().get("items");
        assertThat(items.get(items.size() - 1)).as("appended last").isEqualTo(created.json());
        assertThat(api.get(CLUSTERS + "/demo").header("ETag"))
                .as("a child write moves the cluster's version")
                .isEqualTo("\"1\"");

        var changed = (ObjectNode) ApiClient.tree(collection.json());
        changed.put(collection.field(), collection.changed());
        var replaced = api.put(item, ApiClient.json(changed), "If-Match", "\"1\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.get(item).json().get(collection.field()).asString()).isEqualTo(collection.changed());
        var afterReplace = api.get(base(collection)).json().get("items");
        assertThat(afterReplace
                        .get(afterReplace.size() - 1)
                        .get(collection.field())
                        .asString())
                .as("replaced in place")
                .isEqualTo(collection.changed());

        var deleted = api.delete(item, "If-Match", "\"2\"");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("ETag")).isEqualTo("\"3\"");
        assertProblem(api.get(item), 404, "not-found");
        assertContainsDocument(api.get(CLUSTERS + "/demo").json(), Canonical.tree());
    }

    @ParameterizedTest
    @MethodSource("collections")
    void refusesADuplicateChild(Collection collection) {
        create(Canonical.tree());
        assertThat(api.post(base(collection), collection.json()).status()).isEqualTo(201);

        assertProblem(api.post(base(collection), collection.json()), 409, "name-taken");
        assertThat(api.get(base(collection)).header("ETag")).isEqualTo("\"1\"");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void refusesAChildWriteWithAStaleIfMatchAndStoresNothing(Collection collection) {
        create(Canonical.tree());
        var sizeBefore = api.get(base(collection)).json().get("items").size();

        var response = api.post(base(collection), collection.json(), "If-Match", "\"5\"");

        assertProblem(response, 412, "precondition-failed");
        assertThat(api.get(base(collection)).json().get("items")).hasSize(sizeBefore);
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"0\"");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void answersNotFoundForAnUnknownChildOrCluster(Collection collection) {
        create(Canonical.tree());

        assertProblem(api.get(base(collection) + "/" + collection.itemPath()), 404, "not-found");
        assertProblem(api.put(base(collection) + "/" + collection.itemPath(), collection.json()), 404, "not-found");
        assertProblem(api.delete(base(collection) + "/" + collection.itemPath()), 404, "not-found");
        assertProblem(api.get(CLUSTERS + "/ghost/" + collection.path()), 404, "not-found");
        assertProblem(api.post(CLUSTERS + "/ghost/" + collection.path(), collection.json()), 404, "not-found");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void refusesAPutWhoseBodyNamesAnotherChild(Collection collection) {
        create(Canonical.tree());
        api.post(base(collection), collection.json());
        var other = (ObjectNode) ApiClient.tree(collection.json());
        other.put("name", "other");

        var response = api.put(base(collection) + "/" + collection.itemPath(), ApiClient.json(other));

        assertProblem(response, 400, "invalid-fields");
        assertThat(onlyError(response).get("field").asString()).isEqualTo("name");
    }

    @Test
    void refusesAnIllFormedChildNamingTheField() {
        create(Canonical.tree());

        var response = api.post(
                CLUSTERS + "/demo/services",
                "{\"name\": \"s\", \"namespace\": \"default\", \"ports\": [{\"port\": 80, \"nodePort\": 80}]}");

        assertProblem(response, 400, "invalid-fields");
        assertThat(onlyError(response).get("field").asString()).isEqualTo("ports[0].nodePort");
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void readsPortNamesAndNumbersBackAsWritten() {
        create(Canonical.tree());
        api.post(
                CLUSTERS + "/demo/services",
                "{\"name\": \"named\", \"namespace\": \"default\", \"ports\": ["
                        + "{\"port\": 80, \"targetPort\": \"http\"}, {\"port\": 81, \"targetPort\": 8081}]}");

        var ports = api.get(CLUSTERS + "/demo/services/default/named").json().get("ports");

        assertThat(ports.get(0).get("targetPort").isString()).isTrue();
        assertThat(ports.get(0).get("targetPort").asString()).isEqualTo("http");
        assertThat(ports.get(1).get("targetPort").isInt()).isTrue();
        assertThat(ports.get(1).get("targetPort").asInt()).isEqualTo(8081);
    }

    static List<String> names(JsonNode items) {
        var names = new ArrayList<String>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    /* Writers racing with the same ETag: exactly one wins, the others get 412 (or 409), never a 500. */
    // ---- concurrent writers ----

    static final int WRITERS = 8;

    List<Response> race(List<Callable<Response>> writes) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writes.size());
        try {
            var futures = new ArrayList<Future<Response>>();
            for (var write : writes) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return write.call();
                }));
            }
            start.countDown();
            var responses = new ArrayList<Response>();
            for (var future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void letsExactlyOneOfManyPutsWithTheSameEtagWin() throws Exception {
        create(Canonical.tree());
        var writes = new ArrayList<Callable<Response>>();
        for (int writer = 0; writer < WRITERS; writer++) {
            var document = Canonical.tree();
            document.put("kubernetesVersion", "1." + (40 + writer));
            writes.add(() -> api.put(CLUSTERS + "/demo", ApiClient.json(document), "If-Match", "\"0\""));
        }

        var responses = race(writes);

        var winners = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).as(responses.toString()).hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 409, 412));
        assertThat(responses.stream().filter(r -> r.status() == 412)).hasSize(WRITERS - 1);
        var stored = api.get(CLUSTERS + "/demo");
        assertThat(stored.header("ETag")).isEqualTo("\"1\"");
        assertThat(stored.json()).isEqualTo(winners.get(0).json());
    }

    @Test
    void letsExactlyOneOfManyChildWritesWithTheSameEtagWin() throws Exception {
        create(Canonical.tree());
        var writes = new ArrayList<Callable<Response>>();
        for (int writer = 0; writer < WRITERS; writer++) {
            var cidr = "192.168." + (writer * 4) + ".0/22";
            var subnet = "{\"name\": \"public-a\", \"cidr\": \"" + cidr + "\"}";
            var newSubnet = "{\"name\": \"extra-" + writer + "\", \"cidr\": \"" + cidr + "\"}";
            writes.add(() -> api.put(CLUSTERS + "/demo/subnets/public-a", subnet, "If-Match", "\"0\""));
            writes.add(() -> api.post(CLUSTERS + "/demo/subnets", newSubnet, "If-Match", "\"0\""));
        }

        var responses = race(writes);

        var winners = responses.stream().filter(r -> r.status() / 100 == 2).toList();
        assertThat(winners).as(responses.toString()).hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 201, 409, 412));
        var stored = api.get(CLUSTERS + "/demo");
        assertThat(stored.header("ETag")).isEqualTo("\"1\"");
        var subnets = stored.json().get("subnets");
        var winner = winners.get(0).json();
        assertThat(subnets).contains(winner);
        assertThat(subnets).hasSize(winners.get(0).status() == 201 ? 7 : 6);
    }

    @Test
    void letsEveryUnconditionalChildWriteLandWithItsOwnVersion() throws Exception {
        create(Canonical.tree());
        var writes = new ArrayList<Callable<Response>>();
        for (int writer = 0; writer < WRITERS; writer++) {
            var body = "{\"name\": \"w" + writer + "\", \"namespace\": \"default\", \"replicas\": 1}";
            writes.add(() -> api.post(CLUSTERS + "/demo/workloads", body));
        }

        var responses = race(writes);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.header("ETag")).distinct()).hasSize(WRITERS);
        assertThat(api.get(CLUSTERS + "/demo/workloads").json().get("items")).hasSize(WRITERS + 1);
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"" + WRITERS + "\"");
    }

    @Test
    void letsExactlyOneOfManyCreatesOfTheSameNameWin() throws Exception {
        var writes = new ArrayList<Callable<Response>>();
        for (int writer = 0; writer < WRITERS; writer++) {
            writes.add(() -> api.post(CLUSTERS, Canonical.text()));
        }

        var responses = race(writes);

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(201, 409));
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertProblem(
                        r,
                        409,
                        r.json().get("type").asString().endsWith("name-taken") ? "name-taken" : "concurrent-write"));
    }

    static Stream<Arguments> valuesNoColumnCanHold() {
        return Stream.of(
                Arguments.of("kubernetesVersion", "/kubernetesVersion", "1." + "3".repeat(20)),
                Arguments.of("nodeGroups[0].instanceType", "/nodeGroups/0/instanceType", "m5." + "x".repeat(78)));
    }

    /** Before the field checks, these reached the database, which refused them, and the client was told to retry. */
    @ParameterizedTest
    @MethodSource("valuesNoColumnCanHold")
    void refusesAValueLongerThanItsColumnAsTheClientsMistake(String field, String pointer, String value) {
        var document = Canonical.named("demo");
        var at = pointer.lastIndexOf('/');
        ((ObjectNode) document.at(pointer.substring(0, at))).put(pointer.substring(at + 1), value);

        var response = api.post(CLUSTERS, ApiClient.json(document));

        assertProblem(response, 400, "invalid-fields");
        assertThat(onlyError(response).get("field").asString()).isEqualTo(field);
        assertThat(api.get(CLUSTERS + "/demo").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("textNoDatabaseKeepsExactly")
    void refusesTextNoDatabaseKeepsExactly(String escaped) {
        create(Canonical.named("demo"));
        var document = Canonical.named("demo");
        ((ObjectNode) document.get("services").get(0).get("annotations")).put("example.com/note", "PLACEHOLDER");
        // Written as JSON escapes: a lone surrogate cannot travel as UTF-8 text, only as an escape Jackson decodes.
        var body = ApiClient.json(document).replace("PLACEHOLDER", escaped);

        var response = api.put(CLUSTERS + "/demo", body, "If-Match", "\"0\"");

        assertProblem(response, 400, "invalid-value");
        assertThat(onlyError(response).get("field").asString()).isEqualTo("services[0].annotations.example.com/note");
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"0\"");
    }

    static Stream<String> textNoDatabaseKeepsExactly() {
        return Stream.of("before\\u0000after", "lone \\ud800 high", "lone \\udc00 low", "ends high \\ud83d");
    }

    @Test
    void keepsAPairedSurrogateExactly() {
        var document = Canonical.named("demo");
        ((ObjectNode) document.get("services").get(0).get("annotations")).put("example.com/note", "ship \ud83d\udea2");

        create(document);

        assertThat(api.get(CLUSTERS + "/demo/services/default/my-nginx")
                        .json()
                        .at("/annotations/example.com~1note")
                        .asString())
                .isEqualTo("ship \ud83d\udea2");
    }
}
