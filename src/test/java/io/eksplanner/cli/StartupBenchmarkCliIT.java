package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: the service's wall-clock time from process start to {@code /actuator/health}
 * answering 200, best of three, for {@code java -jar} on the packaged jar and for the documented fast-start form (the
 * jar extracted with an AppCDS archive from a training run, made by {@code src/main/docker/fast-start.sh}, the script
 * the Dockerfile runs; both JIT compilers stay on, as a server's throughput needs). It asserts only that each start
 * became healthy.
 */
class StartupBenchmarkCliIT {

    private static final Path DIR = Path.of("target", "startup-bench");
    private static final int RUNS = 3;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void printsStartToHealthyForJavaJarAndTheFastStartForm() throws Exception {
        var extracted = DIR.resolve("extracted");
        long training = System.nanoTime();
        var made = new ProcessBuilder(
                        "sh",
                        "src/main/docker/fast-start.sh",
                        Jar.path().toString(),
                        extracted.toString(),
                        Jar.javaBinary())
                .redirectErrorStream(true)
                .redirectOutput(
                        Files.createDirectories(DIR).resolve("fast-start.log").toFile())
                .start();
        assertThat(made.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(made.exitValue())
                .as(Files.readString(DIR.resolve("fast-start.log")))
                .isZero();
        long trainingMillis = (System.nanoTime() - training) / 1_000_000;
        var fatJar = List.of(Jar.javaBinary(), "-jar", Jar.path().toString());
        var fastStart = List.of(
                Jar.javaBinary(),
                "-XX:SharedArchiveFile=" + extracted.resolve("application.jsa"),
                "-jar",
                extracted.resolve(Jar.path().getFileName()).toString());

        long jar = best(fatJar);
        long fast = best(fastStart);

        System.out.printf(
                "startup benchmark: start to healthy, best of %d (load average %s): java -jar %,d ms; fast-start form"
                        + " (extracted jar, AppCDS) %,d ms; training run %,d ms%n",
                RUNS, Files.readString(Path.of("/proc/loadavg")).split(" ")[0], jar, fast, trainingMillis);
    }

    private long best(List<String> launcher) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            best = Math.min(best, startToHealthy(launcher));
        }
        return best;
    }

    /** Starts the service on a free port with a fresh database, waits for health 200, stops it; returns the time. */
    private long startToHealthy(List<String> launcher) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var data = Files.createDirectories(DIR.resolve("data-" + System.nanoTime()));
        var command = new ArrayList<>(launcher);
        command.addAll(List.of("--server.port=" + port, "--planner.data-dir=" + data.toAbsolutePath()));
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long start = System.nanoTime();
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(DIR.resolve("last-start.log").toFile())
                .start();
        try {
            while (process.isAlive()
                    && System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new AssertionError(
                    "the service did not become healthy: " + Files.readString(DIR.resolve("last-start.log")));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
