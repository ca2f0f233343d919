package io.eksplanner.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.PlannerProcess;
import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two planner processes on one PostgreSQL behave as one service: in every round, writers spread over both instances
 * race to change one cluster holding the same ETag; exactly one wins, the others get 412 (or 409 {@code
 * concurrent-write}, a race the lock lost), and afterwards both instances answer the same state, with the winner's
 * change in it and one contiguous history of revisions. A fixed seed chooses each writer's instance and kind of write.
 */
@RequiresPostgres
class PostgresTwoInstanceRaceTests {

    private static final long SEED = 15;
    private static final int ROUNDS = 30;
    private static final int WRITERS = 8;
    private static final String CLUSTER = "/api/v1/clusters/race";
    private static final String SUBNET = CLUSTER + "/subnets/private-c";

    @Test
    void exactlyOneWriterPerEtagWinsAcrossTwoInstances() throws Exception {
        var arguments = new ArrayList<String>(List.of("--spring.profiles.active=postgres"));
        arguments.addAll(PostgresTestDatabase.freshSchemaArguments());
        var logs = Path.of("target", "two-instances");
        long started = System.nanoTime();
        var both = startBoth(arguments, logs);
        try (var a = both.get(0);
                var b = both.get(1)) {
            long ready = System.nanoTime();
            var instances = List.of(a.api(), b.api());
            assertThat(a.api()
                            .post("/api/v1/clusters", ApiClient.json(Canonical.named("race")))
                            .status())
                    .isEqualTo(201);
            var figures = race(instances);
            long raced = System.nanoTime();
            checkConsistent(instances, figures.winners());
            System.out.printf(
                    "two instances on one PostgreSQL: %d rounds x %d writers (seed %d), %d winners, %d x 412,"
                            + " %d x 409; both at version %d; started in %d ms, raced in %d ms%n",
                    ROUNDS,
                    WRITERS,
                    SEED,
                    figures.winners().size(),
                    figures.preconditionFailed(),
                    figures.concurrentWrite(),
                    ROUNDS,
                    (ready - started) / 1_000_000,
                    (raced - ready) / 1_000_000);
        }
    }

    /** Starts two planners at once on the same database; if either fails, the other is stopped too. */
    private static List<PlannerProcess> startBoth(List<String> arguments, Path logs) throws InterruptedException {
        var first = CompletableFuture.supplyAsync(() -> PlannerProcess.start(arguments, logs.resolve("a.log")));
        var second = CompletableFuture.supplyAsync(() -> PlannerProcess.start(arguments, logs.resolve("b.log")));
        try {
            CompletableFuture.allOf(first, second).join();
        } catch (CompletionException failed) {
            for (var starting : List.of(first, second)) {
                if (!starting.isCompletedExceptionally()) {
                    starting.join().close();
                }
            }
            throw failed;
        }
        return List.of(first.join(), second.join());
    }

    /** What the rounds gave: the winner's marker in each round, and how many writers lost how. */
    private record Figures(List<String> winners, int preconditionFailed, int concurrentWrite) {}

    private static Figures race(List<ApiClient> instances) throws Exception {
        var random = new Random(SEED);
        var winners = new ArrayList<String>();
        int preconditionFailed = 0;
        int concurrentWrite = 0;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var etag = "\"" + round + "\"";
                var start = new CountDownLatch(1);
                var answers = new ArrayList<Future<Response>>();
                var markers = new ArrayList<String>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    var marker = "r" + round + "-w" + writer;
                    var api = instances.get(random.nextInt(instances.size()));
                    boolean wholeCluster = random.nextBoolean();
                    markers.add(marker);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return wholeCluster
                                ? api.put(CLUSTER, ApiClient.json(cluster(marker)), "If-Match", etag)
                                : api.put(SUBNET, ApiClient.json(subnet(marker)), "If-Match", etag);
                    }));
                }
                start.countDown();
                String winner = null;
                for (int writer = 0; writer < WRITERS; writer++) {
                    var answer = answers.get(writer).get();
                    if (answer.status() == 200) {
                        assertThat(winner)
                                .as("round %d: a second winner, %s", round, markers.get(writer))
                                .isNull();
                        assertThat(answer.header("ETag")).isEqualTo("\"" + (round + 1) + "\"");
                        winner = markers.get(writer);
                    } else if (answer.status() == 412) {
                        preconditionFailed++;
                    } else {
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
                        assertThat(answer.body()).contains("concurrent-write");
                        concurrentWrite++;
                    }
                }
                assertThat(winner).as("round %d has a winner", round).isNotNull();
                winners.add(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Figures(winners, preconditionFailed, concurrentWrite);
    }

    /** Both instances answer the same final state, and one contiguous history whose every version is its winner's. */
    private static void checkConsistent(List<ApiClient> instances, List<String> winners) {
        var a = instances.get(0).get(CLUSTER);
        var b = instances.get(1).get(CLUSTER);
        assertThat(a.header("ETag")).isEqualTo(b.header("ETag")).isEqualTo("\"" + ROUNDS + "\"");
        assertThat(a.json()).isEqualTo(b.json());
        assertThat(marker(a.json())).isEqualTo(winners.get(winners.size() - 1));

        var revisions = instances.get(1).get(CLUSTER + "/revisions?size=100").json();
        assertThat(revisions.get("page").get("totalElements").asLong()).isEqualTo(ROUNDS + 1);
        var items = revisions.get("items");
        for (int index = 0; index < items.size(); index++) {
            assertThat(items.get(index).get("version").asLong()).isEqualTo(ROUNDS - index);
        }
        for (int version = 1; version <= ROUNDS; version++) {
            var document = instances
                    .get(version % 2)
                    .get(CLUSTER + "/revisions/" + version)
                    .json();
            assertThat(marker(document)).as("revision %d", version).isEqualTo(winners.get(version - 1));
        }
    }

    private static ObjectNode cluster(String marker) {
        var document = Canonical.named("race");
        for (var subnet : document.get("subnets")) {
            if (subnet.get("name").asString().equals("private-c")) {
                ((ObjectNode) subnet.get("tags")).put("race", marker);
            }
        }
        return document;
    }

    private static ObjectNode subnet(String marker) {
        for (var subnet : cluster(marker).get("subnets")) {
            if (subnet.get("name").asString().equals("private-c")) {
                return (ObjectNode) subnet;
            }
        }
        throw new IllegalStateException("the canonical cluster has no subnet private-c");
    }

    private static String marker(tools.jackson.databind.JsonNode document) {
        for (var subnet : document.get("subnets")) {
            if (subnet.get("name").asString().equals("private-c")) {
                return subnet.get("tags").get("race").asString();
            }
        }
        return null;
    }
}
