package io.eksplanner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import applied to a stored cluster ({@code ?cluster=NAME}) racing a PUT of the same cluster, over real HTTP:
 * neither write may be lost silently. Each round starts both from the same stored state, neither sending If-Match.
 * In the even rounds the apply is held, through {@link ImportService#afterStoredRead}, between reading the stored
 * cluster and writing the merged one until the PUT has answered (or half a second has passed, when the PUT has to
 * wait for the apply); the odd rounds race freely from a barrier.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/import-race-${random.uuid}")
class ImportApplyRaceTests {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    ApiClient api;
    ExecutorService pool;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
        assertThat(api.post("/api/v1/clusters", Canonical.text()).status()).isEqualTo(201);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void release() {
        imports.afterStoredRead(() -> {});
        pool.shutdownNow();
    }

    @Test
    void neverLosesAWriteWhenAnApplyRacesAPut() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var reset = api.put("/api/v1/clusters/demo", Canonical.text());
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);

            var writes = race(round, round % 2 == 0);

            checkNothingLost(round, writes.get(0), writes.get(1));
        }
    }

    /** The apply's and the PUT's responses, in that order. */
    private List<Response> race(int round, boolean holdTheApply) throws Exception {
        var applyRead = new CountDownLatch(1);
        var putAnswered = new CountDownLatch(1);
        var start = new CyclicBarrier(2);
        imports.afterStoredRead(() -> {
            applyRead.countDown();
            if (holdTheApply) {
                awaitQuietly(putAnswered, 500);
            }
        });
        Future<Response> apply = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return api.send("POST", "/api/v1/imports?cluster=demo", service("imported-" + round), "application/yaml");
        });
        Future<Response> put = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            if (holdTheApply) {
                awaitQuietly(applyRead, 10_000);
            }
            try {
                return api.put("/api/v1/clusters/demo", withService("put-" + round));
            } finally {
                putAnswered.countDown();
            }
        });
        return List.of(apply.get(30, TimeUnit.SECONDS), put.get(30, TimeUnit.SECONDS));
    }

    /**
     * Each write either failed loudly (409 or 412) or answered 2xx; the stored cluster is the 2xx write with the
     * highest ETag, as that write answered it; and a PUT answered 2xx is never lost, since the only write that can
     * come after it is the apply, which merges into what it finds.
     */
    private void checkNothingLost(int round, Response apply, Response put) {
        var what = "round " + round + ": apply " + apply.status() + " " + apply.header("ETag") + ", PUT " + put.status()
                + " " + put.header("ETag");
        assertThat(List.of(apply.status(), put.status()))
                .as(what)
                .allMatch(status -> List.of(200, 409, 412).contains(status));
        var succeeded = new ArrayList<Written>();
        if (apply.status() == 200) {
            succeeded.add(new Written(version(apply), apply.json().get("topology")));
        }
        if (put.status() == 200) {
            succeeded.add(new Written(version(put), put.json()));
        }
        assertThat(succeeded).as(what).isNotEmpty();
        var last = succeeded.stream()
                .max((a, b) -> Long.compare(a.version(), b.version()))
                .orElseThrow();
        var stored = api.get("/api/v1/clusters/demo");
        assertThat(version(stored)).as(what).isEqualTo(last.version());
        assertThat(stored.json()).as(what).isEqualTo(last.document());
        var services = serviceNames(stored.json());
        if (put.status() == 200) {
            assertThat(services).as(what + ": the PUT's Service was lost").contains("put-" + round);
        }
        if (apply.status() == 200 && last.version() == version(apply)) {
            assertThat(services).as(what + ": the import's Service was lost").contains("imported-" + round);
        }
    }

    private record Written(long version, JsonNode document) {}

    private static long version(Response response) {
        return Long.parseLong(response.header("ETag").replace("\"", ""));
    }

    private static List<String> serviceNames(JsonNode topology) {
        var names = new ArrayList<String>();
        topology.get("services")
                .forEach(service -> names.add(service.get("name").asString()));
        return names;
    }

    private static String service(String name) {
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: %s, namespace: default}
                spec:
                  type: ClusterIP
                  selector: {app: my-nginx}
                  ports: [{port: 8080, targetPort: 8080}]
                """.formatted(name);
    }

    /** The canonical cluster with one more ClusterIP Service. */
    private static String withService(String name) {
        ObjectNode document = Canonical.tree();
        var service = document.withArray("services").addObject();
        service.put("name", name);
        service.put("namespace", "default");
        service.put("type", "ClusterIP");
        service.putObject("selector").put("app", "my-nginx");
        var port = service.putArray("ports").addObject();
        port.put("port", 8081);
        port.put("targetPort", 8081);
        return ApiClient.json(document);
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
