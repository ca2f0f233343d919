package io.eksplanner.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI-driven fuzz battery: reads the served {@code /v3/api-docs} and sends every operation its well-formed
 * request and a fixed, seeded selection of mutations of each parameter and body field (see {@link Mutations}) to a
 * real server. Every answer must be below 500, and every error an {@code application/problem+json} body that names no
 * Java class and carries no stack trace. Prints the request count and the status histogram. Subclasses choose the
 * database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/fuzz-${random.uuid}",
            "planner.max-requests-in-flight=1000",
            "logging.level.io.eksplanner=WARN"
        })
abstract class OpenApiFuzzContract {

    /** The seed of every run: the same requests each time. */
    static final long SEED = 20_261_207L;

    /** Requests per operation, the well-formed one included: about 60 operations, so a few thousand in all. */
    static final int PER_OPERATION = 25;

    private static final Pattern LEAK = Pattern.compile(
            "(?:\\b(?:java|javax|jakarta|org\\.springframework|org\\.hibernate|org\\.h2|org\\.postgresql|tools\\.jackson"
                    + "|com\\.fasterxml|org\\.snakeyaml|io\\.fabric8|io\\.eksplanner)\\.[a-z]"
                    + "|Exception\\b|\\n\\s*at [a-z]|\\bat [a-z]+\\.[a-zA-Z.]+\\()");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The database's name, for the printed figures. */
    abstract String database();

    @Test
    void answersEveryMutationOfEveryOperationWithAProblemAndNeverA5xx() {
        var api = new ApiClient(() -> "http://localhost:" + port);
        var operations = ApiOperations.read(api.get("/v3/api-docs").body());
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        int sent = 0;
        long start = System.nanoTime();
        var slowest = new TreeMap<Long, String>();
        for (var operation : operations) {
            resetCanonicalCluster(api);
            long operationStart = System.nanoTime();
            for (var request : Mutations.of(operation, SEED, PER_OPERATION)) {
                var response = send(request);
                if (response == null) {
                    continue;
                }
                sent++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                var fault = fault(response);
                if (fault != null) {
                    failures.add(operation.key() + " ← " + request.describe() + "\n    → " + response.statusCode() + " "
                            + fault + ": " + shorten(response.body()));
                }
            }
            slowest.put((System.nanoTime() - operationStart) / 1_000_000, operation.key());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "OpenAPI fuzz (%s): %d requests over %d operations in %.1f s (seed %d); statuses %s; %d faults%n",
                database(), sent, operations.size(), seconds, SEED, statuses, failures.size());
        System.out.println("  slowest operations (ms): "
                + slowest.descendingMap().entrySet().stream()
                        .limit(5)
                        .map(entry -> entry.getValue() + " " + entry.getKey())
                        .toList());
        failures.stream().limit(40).forEach(failure -> System.out.println("  " + failure));
        assertThat(operations).hasSizeGreaterThan(40);
        assertThat(failures)
                .as("5xx answers or error bodies that are not clean problems")
                .isEmpty();
    }

    /** Why {@code response} breaks the contract, or null. */
    private static String fault(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "5xx";
        }
        if (status < 400) {
            return null;
        }
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not a problem (" + type + ")";
        }
        if (LEAK.matcher(response.body()).find()) {
            return "names a Java class or carries a stack trace";
        }
        return null;
    }

    private HttpResponse<String> send(FuzzRequest request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            request.method(),
                            request.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(request.body()));
            if (request.contentType() != null && request.body() != null) {
                builder.header("Content-Type", request.contentType());
            }
            for (int i = 0; i < request.headers().size(); i += 2) {
                builder.header(request.headers().get(i), request.headers().get(i + 1));
            }
        } catch (IllegalArgumentException refusedByTheClient) {
            // A request the JDK's client will not even send (a header it forbids) tests nothing of the server.
            return null;
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The canonical cluster as stored at version 0 again, so every operation starts from the same state. */
    private static void resetCanonicalCluster(ApiClient api) {
        api.delete("/api/v1/clusters/demo");
        var created = api.post("/api/v1/clusters", Canonical.text());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String shorten(String body) {
        var flat = body.replace('\n', ' ');
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
