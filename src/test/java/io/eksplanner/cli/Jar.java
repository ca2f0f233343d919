package io.eksplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The packaged jar, run as a process of its own the way a CI job runs it: {@code java -jar target/…jar ARGS}. */
final class Jar {

    /** What a run printed and answered, and how long it took. */
    record Result(int exit, String out, String err, long millis) {}

    private Jar() {}

    static Path path() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("eks-network-planner-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package first"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result run(String... args) {
        return runWithInput(null, args);
    }

    static Result runWithInput(Path stdin, String... args) {
        var command = new ArrayList<>(List.of(javaBinary(), "-jar", path().toString()));
        command.addAll(List.of(args));
        return exec(command, stdin);
    }

    static Result exec(List<String> command, Path stdin) {
        try {
            var out = Files.createTempFile("cli-out", ".txt");
            var err = Files.createTempFile("cli-err", ".txt");
            var builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            long start = System.nanoTime();
            var process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            var result = new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    millis);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
