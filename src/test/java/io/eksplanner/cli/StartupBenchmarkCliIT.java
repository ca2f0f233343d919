package io.eksplanner.cli;

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
 * jar extracted with an archive from a training run, made by {@code src/main/docker/fast-start.sh}, the script the
 * Dockerfile runs): on this JVM (Java 17: an AppCDS archive) and, when a Java 25 is installed ({@code
 * -Dstartup.java25=JAVA_HOME}, by default Temurin's Debian path), on Java 25 with its AOT cache, the image's form. Both
 * JIT compilers stay on, as a server's throughput needs. To keep the CI run short, {@code java -jar} starts once and
 * only the best fast-start form is measured; {@code -Dstartup.all-forms=true} adds the Java 17 AppCDS form beside the
 * Java 25 one and the AOT cache form with C1 only. The forms take turns, so that a change in the machine's load falls
 * on each alike. It asserts only that each start became healthy.
 */
class StartupBenchmarkCliIT {

    private static final Path DIR = Path.of("target", "startup-bench");
    private static final int RUNS = 3;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One way to start the service, and its best start so far. */
    private static final class Form {
        final String name;
        final List<String> launcher;
        long best = Long.MAX_VALUE;

        Form(String name, List<String> launcher) {
            this.name = name;
            this.launcher = launcher;
        }
    }

    @Test
    void printsStartToHealthyForJavaJarAndTheFastStartForms() throws Exception {
        var forms = new ArrayList<Form>();
        var trainings = new StringBuilder();
        // java -jar is reported once, beside the fast-start form's best of three, to keep the CI run short.
        var jar = new Form(
                "java -jar (Java " + Runtime.version().feature() + ", one start)",
                List.of(Jar.javaBinary(), "-jar", Jar.path().toString()));
        boolean allForms = Boolean.getBoolean("startup.all-forms");
        boolean on25 = Files.isExecutable(FastStartForm.java25());
        if (!on25 || allForms) {
            forms.add(fastStart(FastStartForm.of(Jar.javaBinary()), trainings));
        }
        if (on25) {
            var aot = fastStart(FastStartForm.of(FastStartForm.java25().toString()), trainings);
            forms.add(aot);
            if (allForms) {
                // The moonshot's road, not the image's: C1 only, which a short-lived instance may choose.
                var c1 = new ArrayList<>(aot.launcher);
                c1.add(1, "-XX:TieredStopAtLevel=1");
                forms.add(new Form(aot.name + ", C1 only", c1));
            }
        }
        jar.best = startToHealthy(jar.launcher);
        for (int run = 0; run < RUNS; run++) {
            for (var form : forms) {
                form.best = Math.min(form.best, startToHealthy(form.launcher));
            }
        }
        var report = new StringBuilder(String.format("; %s %,d ms", jar.name, jar.best));
        for (var form : forms) {
            report.append(String.format("; %s %,d ms", form.name, form.best));
        }
        System.out.printf(
                "startup benchmark: start to healthy, best of %d (load average %s)%s%n",
                RUNS, Files.readString(Path.of("/proc/loadavg")).split(" ")[0], report.append(trainings));
    }

    /** The fast-start form as a form to measure, noting how long making it took. */
    private static Form fastStart(FastStartForm form, StringBuilder report) {
        report.append(String.format("; training run for the %s %,d ms", form.label(), form.trainingMillis()));
        return new Form("fast-start form, " + form.label(), form.launcher());
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
