package io.eksplanner.topology;

import static io.eksplanner.topology.TopologyApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Gateway API resources as stored children of a cluster, over real HTTP: the whole document round trip with all
 * twelve kinds, and CRUD with ETags and problems on their child endpoints. Subclasses run it on each database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayApiContract {

    /** The document's Gateway API collections, in the document's order. */
    static final List<String> GATEWAY_COLLECTIONS = List.of(
            "gatewayClasses",
            "gateways",
            "httpRoutes",
            "grpcRoutes",
            "tcpRoutes",
            "udpRoutes",
            "tlsRoutes",
            "referenceGrants",
            "listenerSets",
            "loadBalancerConfigurations",
            "targetGroupConfigurations",
            "listenerRuleConfigurations");

    /** Each collection's path segment under the cluster. */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("gatewayClasses", "gateway-classes"),
            Map.entry("gateways", "gateways"),
            Map.entry("httpRoutes", "http-routes"),
            Map.entry("grpcRoutes", "grpc-routes"),
            Map.entry("tcpRoutes", "tcp-routes"),
            Map.entry("udpRoutes", "udp-routes"),
            Map.entry("tlsRoutes", "tls-routes"),
            Map.entry("referenceGrants", "reference-grants"),
            Map.entry("listenerSets", "listener-sets"),
            Map.entry("loadBalancerConfigurations", "load-balancer-configurations"),
            Map.entry("targetGroupConfigurations", "target-group-configurations"),
            Map.entry("listenerRuleConfigurations", "listener-rule-configurations"));

    static final String CLUSTERS = "/api/v1/clusters";

    @LocalServerPort
    int port;

    final ApiClient api = new ApiClient(() -> "http://localhost:" + port);

    @BeforeEach
    void startsFromAnEmptyStore() {
        api.deleteAllClusters();
    }

    /** The twelve kinds, two of some, nested as deep as the specs go. */
    static ObjectNode resources() {
        try {
            return (ObjectNode)
                    ApiClient.tree(Files.readString(Path.of("src/test/resources/topology/gateway-api-resources.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical cluster with every Gateway API resource of {@link #resources()}. */
    static ObjectNode documentWithResources(String name) {
        var document = Canonical.named(name);
        document.setAll(resources());
        return document;
    }

    /**
     * {@code actual} holds every field of {@code expected} with the same value, lists in the same order, and any
     * other field is null: what was written reads back exactly, whatever fields later versions of a spec add.
     */
    static void assertReadsBackExactly(JsonNode actual, JsonNode expected) {
        assertThat(exactly(actual, expected)).as(actual.toString()).isEqualTo(expected);
    }

    private static JsonNode exactly(JsonNode actual, JsonNode expected) {
        if (expected.isObject() && actual.isObject()) {
            var copy = (ObjectNode) ApiClient.tree("{}");
            for (String name : actual.propertyNames()) {
                if (expected.has(name)) {
                    copy.set(name, exactly(actual.get(name), expected.get(name)));
                } else if (!actual.get(name).isNull()) {
                    copy.set(name, actual.get(name));
                }
            }
            return copy;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            var copy = (ArrayNode) ApiClient.tree("[]");
            for (int i = 0; i < expected.size(); i++) {
                copy.add(exactly(actual.get(i), expected.get(i)));
            }
            return copy;
        }
        return actual;
    }

    Response create(ObjectNode document) {
        var response = api.post(CLUSTERS, ApiClient.json(document));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    // ---- the whole document ----

    @Test
    void storesEveryGatewayApiKindAndReadsTheDocumentBackExactly() {
        var document = documentWithResources("gw");

        var created = create(document);

        assertReadsBackExactly(created.json(), document);
        var read = api.get(CLUSTERS + "/gw");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertReadsBackExactly(read.json(), document);
        for (String collection : GATEWAY_COLLECTIONS) {
            var items = api.get(CLUSTERS + "/gw/" + PATHS.get(collection));
            assertThat(items.status()).as(collection).isEqualTo(200);
            assertThat(items.header("ETag")).as(collection).isEqualTo("\"0\"");
            assertReadsBackExactly(items.json().get("items"), document.get(collection));
        }
    }

    @Test
    void replacesTheGatewayApiResourcesWithTheDocumentKeepingItsOrder() {
        create(documentWithResources("gw"));
        var document = documentWithResources("gw");
        var routes = (ArrayNode) document.get("httpRoutes");
        var first = routes.remove(0);
        routes.add(first);
        ((ObjectNode) routes.get(0)).putArray("hostnames").add("canary.example.com");
        document.putArray("tcpRoutes");
        ((ArrayNode) document.get("gatewayClasses")).remove(1);
        ((ObjectNode) document.get("gateways").get(0)).put("gatewayClassName", "aws-nlb");

        var replaced = api.put(CLUSTERS + "/gw", ApiClient.json(document), "If-Match", "\"0\"");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        var read = api.get(CLUSTERS + "/gw").json();
        assertReadsBackExactly(read, document);
        assertThat(read.get("httpRoutes").get(0).get("namespace").asString()).isEqualTo("canary");
        assertThat(read.get("tcpRoutes")).isEmpty();
        assertThat(read.get("gatewayClasses")).hasSize(1);
    }

    @Test
    void readsOmittedGatewayApiCollectionsBackEmpty() {
        var read = create(Canonical.named("plain")).json();

        for (String collection : GATEWAY_COLLECTIONS) {
            assertThat(read.get(collection).isArray()).as(collection).isTrue();
            assertThat(read.get(collection)).as(collection).isEmpty();
        }
        assertThat(api.get(CLUSTERS + "/plain").json()).isEqualTo(read);
    }

    @Test
    void refusesADocumentWithTwoResourcesOfOneKindAndKeyNamingTheSecond() {
        var document = documentWithResources("twice");
        var routes = (ArrayNode) document.get("httpRoutes");
        routes.add(routes.get(0).deepCopy());

        var response = api.post(CLUSTERS, ApiClient.json(document));

        assertProblem(response, 400, "invalid-fields");
        assertThat(TopologyApiContract.onlyError(response).get("field").asString())
                .isEqualTo("httpRoutes[2].name");
        assertThat(api.get(CLUSTERS + "/twice").status()).isEqualTo(404);
    }

    @Test
    void keysEachKindApartAndEachNamespaceApart() {
        var document = Canonical.named("apart");
        document.setAll(resources());
        // One name for a GatewayClass, a Gateway, an HTTPRoute and a GRPCRoute, the routes in two namespaces.
        ((ObjectNode) document.get("gateways").get(0)).put("name", "aws-alb");
        ((ObjectNode) document.get("grpcRoutes").get(0)).put("name", "store");

        create(document);

        assertThat(api.get(CLUSTERS + "/apart/gateway-classes/aws-alb").status())
                .isEqualTo(200);
        assertThat(api.get(CLUSTERS + "/apart/gateways/infra/aws-alb").status()).isEqualTo(200);
        assertThat(api.get(CLUSTERS + "/apart/http-routes/store/store").json().get("hostnames"))
                .hasSize(2);
        assertThat(api.get(CLUSTERS + "/apart/http-routes/canary/store")
                        .json()
                        .get("hostnames")
                        .isNull())
                .isTrue();
        assertThat(api.get(CLUSTERS + "/apart/grpc-routes/store/store").status())
                .isEqualTo(200);
    }

    // ---- children ----

    /** One Gateway API collection, an item to add to the canonical cluster, and a change to make to it. */
    record Collection(String path, String itemPath, String json, String field, String changed) {

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Collection> collections() {
        var resources = resources();
        return Stream.of(
                new Collection(
                        "gateway-classes",
                        "aws-alb",
                        ApiClient.json(resources.get("gatewayClasses").get(0)),
                        "controllerName",
                        "gateway.k8s.aws/nlb"),
                new Collection(
                        "gateways",
                        "infra/shared",
                        ApiClient.json(resources.get("gateways").get(0)),
                        "gatewayClassName",
                        "aws-nlb"),
                new Collection(
                        "http-routes",
                        "store/store",
                        ApiClient.json(resources.get("httpRoutes").get(0)),
                        "name",
                        null));
    }

    static String propertyOf(String path) {
        return PATHS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(path))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    String base(Collection collection) {
        return CLUSTERS + "/demo/" + collection.path();
    }

    @ParameterizedTest
    @MethodSource("collections")
    void createsReadsReplacesAndDeletesAChild(Collection collection) {
        create(Canonical.tree());
        var item = base(collection) + "/" + collection.itemPath();
        var body = ApiClient.tree(collection.json());

        var created = api.post(base(collection), collection.json(), "If-Match", "\"0\"");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(item);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertReadsBackExactly(created.json(), body);

        var read = api.get(item);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertReadsBackExactly(read.json(), body);
        assertThat(api.get(base(collection)).json().get("items")).hasSize(1);
        assertThat(api.get(CLUSTERS + "/demo").header("ETag"))
                .as("a child write moves the cluster's version")
                .isEqualTo("\"1\"");

        var changed = (ObjectNode) body.deepCopy();
        if (collection.changed() != null) {
            changed.put(collection.field(), collection.changed());
        } else {
            // The HTTPRoute: the second rule's redirect now goes to another port, its first rule keeps its backends.
            ((ObjectNode) changed.at("/rules/1/filters/0/requestRedirect")).put("port", 8443);
        }
        var replaced = api.put(item, ApiClient.json(changed), "If-Match", "\"1\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
        assertReadsBackExactly(api.get(item).json(), changed);
        assertReadsBackExactly(
                api.get(CLUSTERS + "/demo").json().get(propertyOf(collection.path())),
                ApiClient.tree("[" + ApiClient.json(changed) + "]"));

        var deleted = api.delete(item, "If-Match", "\"2\"");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("ETag")).isEqualTo("\"3\"");
        assertProblem(api.get(item), 404, "not-found");
        assertThat(api.get(base(collection)).json().get("items")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("collections")
    void refusesADuplicateChild(Collection collection) {
        create(Canonical.tree());
        assertThat(api.post(base(collection), collection.json()).status()).isEqualTo(201);

        assertProblem(api.post(base(collection), collection.json()), 409, "name-taken");
        assertThat(api.get(base(collection)).json().get("items")).hasSize(1);
        assertThat(api.get(base(collection)).header("ETag")).isEqualTo("\"1\"");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void refusesAChildWriteWithAStaleIfMatchAndStoresNothing(Collection collection) {
        create(Canonical.tree());

        assertProblem(api.post(base(collection), collection.json(), "If-Match", "\"5\""), 412, "precondition-failed");
        assertThat(api.get(base(collection)).json().get("items")).isEmpty();
        api.post(base(collection), collection.json());
        var item = base(collection) + "/" + collection.itemPath();
        assertProblem(api.put(item, collection.json(), "If-Match", "\"0\""), 412, "precondition-failed");
        assertProblem(api.delete(item, "If-Match", "\"0\""), 412, "precondition-failed");
        assertThat(api.get(item).status()).isEqualTo(200);
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"1\"");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void answersNotFoundForAnUnknownChildOrCluster(Collection collection) {
        create(Canonical.tree());
        var item = base(collection) + "/" + collection.itemPath();

        assertProblem(api.get(item), 404, "not-found");
        assertProblem(api.put(item, collection.json()), 404, "not-found");
        assertProblem(api.delete(item), 404, "not-found");
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
        assertThat(TopologyApiContract.onlyError(response).get("field").asString())
                .isEqualTo("name");
    }

    /** Swagger UI's "Try it out" sends these: each is well-formed and lands on the canonical cluster. */
    @Test
    void createsEveryOpenApiExampleOnTheCanonicalCluster() throws IOException {
        create(Canonical.tree());
        var examples =
                ApiClient.tree(Files.readString(Path.of("src/main/resources/openapi/gateway-api-examples.json")));
        assertThat(examples.propertyNames()).containsExactlyInAnyOrderElementsOf(PATHS.values());

        for (String path : examples.propertyNames()) {
            var example = examples.get(path);
            var created = api.post(CLUSTERS + "/demo/" + path, ApiClient.json(example));
            assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
            var item = example.has("namespace")
                    ? example.get("namespace").asString() + "/"
                            + example.get("name").asString()
                    : example.get("name").asString();
            assertReadsBackExactly(
                    api.get(CLUSTERS + "/demo/" + path + "/" + item).json(), example);
        }
    }

    @Test
    void refusesAnIllFormedHttpRouteNamingTheNestedField() {
        create(Canonical.tree());
        var route = (ObjectNode) resources().get("httpRoutes").get(0);
        ((ObjectNode) route.at("/rules/0/backendRefs/1")).put("port", 70000);

        var response = api.post(CLUSTERS + "/demo/http-routes", ApiClient.json(route));

        assertProblem(response, 400, "invalid-fields");
        assertThat(TopologyApiContract.onlyError(response).get("field").asString())
                .isEqualTo("rules[0].backendRefs[1].port");
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void refusesAGatewayWhoseListenersRepeatANameAsItsCrdDoes() {
        var document = documentWithResources("listeners");
        var listeners = (ArrayNode) document.get("gateways").get(1).get("listeners");
        ((ObjectNode) listeners.get(1)).put("name", "tcp");

        var response = api.post(CLUSTERS, ApiClient.json(document));

        assertProblem(response, 400, "invalid-fields");
        var error = TopologyApiContract.onlyError(response);
        assertThat(error.get("field").asString()).isEqualTo("gateways[1].listeners[1].name");
        assertThat(error.get("message").asString()).contains("Listener name must be unique within the Gateway");
        assertThat(api.get(CLUSTERS + "/listeners").status()).isEqualTo(404);
    }

    @Test
    void refusesAListenerRepeatingAnotherListenersPortProtocolAndHostname() {
        create(Canonical.tree());
        var gateway = (ObjectNode) resources().get("gateways").get(1);
        var listeners = (ArrayNode) gateway.get("listeners");
        var again = listeners.get(0).deepCopy();
        ((ObjectNode) again).put("name", "tcp-again");
        listeners.add(again);

        var response = api.post(CLUSTERS + "/demo/gateways", ApiClient.json(gateway));

        assertProblem(response, 400, "invalid-fields");
        var error = TopologyApiContract.onlyError(response);
        assertThat(error.get("field").asString()).isEqualTo("listeners[2].port");
        assertThat(error.get("message").asString())
                .contains("Combination of port, protocol and hostname must be unique for each listener");

        // Another hostname on the same port and protocol is a listener of its own.
        var https = (ObjectNode) resources().get("gateways").get(0);
        var other = ((ArrayNode) https.get("listeners")).get(1).deepCopy();
        ((ObjectNode) other).put("name", "https-shop").put("hostname", "shop.example.com");
        ((ArrayNode) https.get("listeners")).add(other);
        assertThat(api.post(CLUSTERS + "/demo/gateways", ApiClient.json(https)).status())
                .isEqualTo(201);
    }

    @Test
    void refusesListenerRuleActionsItsCrdRefuses() {
        create(Canonical.tree());
        var configuration =
                (ObjectNode) resources().get("listenerRuleConfigurations").get(1);
        var actions = (ArrayNode) configuration.get("actions");
        var forward = actions.addObject().put("type", "forward");

        var twoRoutingActions =
                api.post(CLUSTERS + "/demo/listener-rule-configurations", ApiClient.json(configuration));

        assertProblem(twoRoutingActions, 400, "invalid-fields");
        var error = TopologyApiContract.onlyError(twoRoutingActions);
        assertThat(error.get("field").asString()).isEqualTo("actions[1].type");
        assertThat(error.get("message").asString()).contains("At most one routing action");

        forward.put("type", "jwt-validation");
        ((ObjectNode) actions.get(0).get("fixedResponseConfig")).put("statusCode", 302);
        var redirectStatus = api.post(CLUSTERS + "/demo/listener-rule-configurations", ApiClient.json(configuration));

        assertProblem(redirectStatus, 400, "invalid-fields");
        assertThat(TopologyApiContract.onlyError(redirectStatus).get("field").asString())
                .isEqualTo("actions[0].fixedResponseConfig");
        assertThat(api.get(CLUSTERS + "/demo").header("ETag")).isEqualTo("\"0\"");

        ((ObjectNode) actions.get(0).get("fixedResponseConfig")).put("statusCode", 403);
        assertThat(api.post(CLUSTERS + "/demo/listener-rule-configurations", ApiClient.json(configuration))
                        .status())
                .as("one routing and one pre-routing action, a 4XX fixed response")
                .isEqualTo(201);
    }
}
