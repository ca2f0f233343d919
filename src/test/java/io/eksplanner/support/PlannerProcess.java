package io.eksplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The planner as a process of its own, started from the test classpath, so that a test can kill it as an operating
 * system would ({@link #kill()} sends SIGKILL on Linux) and start it again on the same data.
 */
public final class PlannerProcess implements AutoCloseable {

    // Generous: a start takes seconds alone, but minutes on a machine busy with other builds or a second planner.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Process process;
    private final int port;

    private PlannerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the planner with {@code arguments} and waits until its health endpoint answers UP. */
    public static PlannerProcess start(List<String> arguments, Path log) {
        var launcher = new ArrayList<String>();
        launcher.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // C1 only: these processes are started for what they store and answer, not for how fast they plan.
        launcher.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        launcher.add("io.eksplanner.PlannerApplication");
        return start(launcher, arguments, Map.of(), log);
    }

    /**
     * Starts the planner with {@code launcher} (a java command line that ends where the application's arguments
     * begin), {@code arguments} and these environment variables, and waits until its health endpoint answers UP.
     */
    public static PlannerProcess start(
            List<String> launcher, List<String> arguments, Map<String, String> environment, Path log) {
        int port = freePort();
        var command = new ArrayList<>(launcher);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            log.toFile().getParentFile().mkdirs();
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            var started = new PlannerProcess(builder.start(), port);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of this process's API. */
    public ApiClient api() {
        return new ApiClient(() -> "http://localhost:" + port);
    }

    /** Kills the process at once, with no chance to flush or shut down (SIGKILL), and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the planner process exited with " + process.exitValue());
            }
            try {
                if (api().get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the planner did not become healthy within " + START_TIMEOUT);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
