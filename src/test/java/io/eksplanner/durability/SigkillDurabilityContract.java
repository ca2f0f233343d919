package io.eksplanner.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.PlannerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A write the planner acknowledged survives the process being killed: writers create clusters as fast as they can,
 * the server is killed with SIGKILL in the middle of the burst, and after a restart on the same database every
 * cluster that was answered 201 is there. One round, four writers, a fixed length of burst.
 */
abstract class SigkillDurabilityContract {

    private static final int WRITERS = 4;
    private static final long BURST_MILLIS = 3_000;
    private static final int ENOUGH_WRITES = 10;
    private static final long MAX_BURST_MILLIS = 60_000;

    /** What the database is called in the figures printed. */
    abstract String database();

    /** The arguments that point both runs of the planner at the same database. */
    abstract List<String> databaseArguments();

    @Test
    void keepsEveryAcknowledgedWriteAcrossASigkill() throws Exception {
        var arguments = databaseArguments();
        var log = Path.of("target", "sigkill", database() + ".log");
        var acknowledged = new ConcurrentLinkedQueue<String>();
        try (var first = PlannerProcess.start(arguments, log)) {
            var writing = new AtomicBoolean(true);
            var writers = startWriters(first.api(), writing, acknowledged);
            awaitBurst(acknowledged);
            first.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
        }
        var lost = new ArrayList<String>();
        try (var second = PlannerProcess.start(arguments, log)) {
            var api = second.api();
            for (String name : acknowledged) {
                if (api.get("/api/v1/clusters/" + name).status() != 200) {
                    lost.add(name);
                }
            }
        }
        System.out.printf(
                "sigkill durability (%s): %d acknowledged writes before SIGKILL, %d lost after restart%n",
                database(), acknowledged.size(), lost.size());
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ENOUGH_WRITES);
        assertThat(lost).as("clusters answered 201 but gone after the restart").isEmpty();
    }

    /**
     * Keeps the burst going for its fixed length, and longer on a loaded machine until enough writes have been
     * acknowledged for the kill to prove something — but never past a bound.
     */
    private static void awaitBurst(Queue<String> acknowledged) throws InterruptedException {
        long start = System.nanoTime();
        long elapsed = 0;
        while (elapsed < MAX_BURST_MILLIS && (elapsed < BURST_MILLIS || acknowledged.size() < ENOUGH_WRITES)) {
            Thread.sleep(100);
            elapsed = (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static List<Thread> startWriters(ApiClient api, AtomicBoolean writing, Queue<String> acknowledged) {
        var writers = new ArrayList<Thread>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            var thread = new Thread(() -> write(api, id, writing, acknowledged), "burst-writer-" + id);
            thread.start();
            writers.add(thread);
        }
        return writers;
    }

    private static void write(ApiClient api, int writer, AtomicBoolean writing, Queue<String> acknowledged) {
        for (int index = 0; writing.get(); index++) {
            var name = "burst-" + writer + "-" + index;
            try {
                var body = "{\"name\": \"" + name + "\", \"subnets\": [{\"name\": \"a\", \"cidr\": \"10.0.0.0/24\"}]}";
                if (api.post("/api/v1/clusters", body).status() == 201) {
                    acknowledged.add(name);
                }
            } catch (RuntimeException killed) {
                return;
            }
        }
    }
}
