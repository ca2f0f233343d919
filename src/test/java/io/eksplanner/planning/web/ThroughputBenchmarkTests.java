package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.Canonical;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A benchmark, not a timed test: requests per second of {@code POST /validations} and {@code POST /plans} on the
 * canonical document against a trivial GET (one instance type), side by side in one run, each for the same time by
 * the same closed-loop load generator in this JVM (four connections' worth of threads on Java's HTTP client). It
 * prints the rates and the ratios, and asserts only that every request was answered 200.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/plan-http-benchmark-${random.uuid}")
class ThroughputBenchmarkTests {

    private static final int THREADS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final Duration MEASURED = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void printsValidationAndPlanThroughputAgainstATrivialGet() throws Exception {
        var canonical = Canonical.text();
        Supplier<HttpRequest> trivial = () ->
                HttpRequest.newBuilder(uri("/api/v1/instance-types/m5.large")).build();
        Supplier<HttpRequest> validation = () -> post("/api/v1/validations", canonical);
        Supplier<HttpRequest> plan = () -> post("/api/v1/plans", canonical);

        double get = rate(trivial);
        double validations = rate(validation);
        double plans = rate(plan);

        System.out.printf(
                "throughput benchmark: %d threads for %d s each: trivial GET %.0f requests/s, POST /validations"
                        + " %.0f requests/s (%.0f %% of the GET), POST /plans %.0f requests/s (%.0f %%), canonical"
                        + " document%n",
                THREADS, MEASURED.toSeconds(), get, validations, 100 * validations / get, plans, 100 * plans / get);
        assertThat(validations).isPositive();
        assertThat(plans).isPositive();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Requests per second answered over {@link #MEASURED}, after {@link #WARM_UP}; every answer must be 200. */
    private double rate(Supplier<HttpRequest> request) throws Exception {
        run(request, WARM_UP);
        long count = run(request, MEASURED);
        return count / (double) MEASURED.toSeconds();
    }

    private long run(Supplier<HttpRequest> request, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        var executor = Executors.newFixedThreadPool(THREADS);
        try {
            var tasks = new ArrayList<Callable<Long>>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> {
                    long answered = 0;
                    while (System.nanoTime() < end) {
                        var response = client.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
                        assertThat(response.statusCode()).isEqualTo(200);
                        answered++;
                    }
                    return answered;
                });
            }
            long total = 0;
            for (var future : executor.invokeAll(tasks)) {
                total += future.get();
            }
            return total;
        } finally {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
