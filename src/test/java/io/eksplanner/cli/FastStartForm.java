package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The documented fast-start form of the packaged jar, made by {@code src/main/docker/fast-start.sh} (the script the
 * Dockerfile runs) once per JVM for all the tests that start it: the jar extracted, Spring AOT's code switched on,
 * and an archive from a training run (Java 25 and later: an AOT cache; Java 17: an AppCDS archive).
 *
 * @param label what it is, for a report: the JVM and its archive
 * @param launcher {@code java @DIR/fast-start.args -jar DIR/<jar>}, as the Dockerfile starts it; the application's
 *     arguments follow
 * @param trainingMillis how long making it took, the training run included
 */
record FastStartForm(String label, List<String> launcher, long trainingMillis) {

    private static final Path DIR = Path.of("target", "fast-start-forms");
    private static final Map<String, FastStartForm> MADE = new ConcurrentHashMap<>();

    /** The form on the image's JVM: Java 25 where installed ({@code -Dstartup.java25=JAVA_HOME}), else this one. */
    static FastStartForm ofImageJava() {
        var java25 = java25();
        return of(Files.isExecutable(java25) ? java25.toString() : Jar.javaBinary());
    }

    /** The Java 25 the image runs on, by default Temurin's Debian path. */
    static Path java25() {
        return Path.of(System.getProperty("startup.java25", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
    }

    /** The form on {@code java}, made on first use. */
    static FastStartForm of(String java) {
        return MADE.computeIfAbsent(java, FastStartForm::make);
    }

    private static FastStartForm make(String java) {
        try {
            var extracted = DIR.resolve("form-" + MADE.size());
            var log = Files.createDirectories(DIR).resolve(extracted.getFileName() + ".log");
            long start = System.nanoTime();
            var made = new ProcessBuilder(
                            "sh", "src/main/docker/fast-start.sh", Jar.path().toString(), extracted.toString(), java)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertThat(made.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(made.exitValue()).as(Files.readString(log)).isZero();
            long millis = (System.nanoTime() - start) / 1_000_000;
            var arguments = Files.readString(extracted.resolve("fast-start.args"));
            var version = Runtime.version().feature();
            var label = (java.equals(Jar.javaBinary()) ? "Java " + version : "Java 25")
                    + (arguments.contains("AOTCache") ? " (AOT cache)" : " (AppCDS)");
            return new FastStartForm(
                    label,
                    List.of(
                            java,
                            "@" + extracted.resolve("fast-start.args"),
                            "-jar",
                            extracted.resolve(Jar.path().getFileName()).toString()),
                    millis);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
