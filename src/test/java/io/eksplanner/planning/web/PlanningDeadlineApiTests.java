package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code planner.planning.deadline} over real HTTP: with a deadline of one millisecond, the 5,000-node plan is stopped
 * by the engines as they go and answered 503 {@code planning-deadline-exceeded}, and the planner that ran it is free
 * for the next request.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/planning-deadline-${random.uuid}",
            "planner.planning.deadline=1ms",
            "planner.planning.concurrency=1",
            "planner.planning.queue-wait=100ms"
        })
class PlanningDeadlineApiTests {

    private static final String LARGE = PlanHttpBenchmarkTests.document(true);

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/plans",
                "/api/v1/ip-plans?detail=summary",
                "/api/v1/validations",
                "/api/v1/load-balancer-plans"
            })
    void stopsAPlanPastItsDeadlineWith503AndFreesThePlanner(String endpoint) {
        long start = System.nanoTime();
        var response = api.post(endpoint, LARGE);
        System.out.printf(
                "planning deadline: 5,000 nodes at %s with a 1 ms deadline answered %d in %d ms%n",
                endpoint, response.status(), (System.nanoTime() - start) / 1_000_000);

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString())
                .isEqualTo(ProblemType.PLANNING_DEADLINE_EXCEEDED.type().toString());
        assertThat(problem.get("deadlineMillis").asLong()).isEqualTo(1);
        assertThat(problem.get("detail").asString()).contains("planner.planning.deadline");
        // The one planner's permit came back: a second plan is stopped by its deadline, not refused as busy.
        var again = api.post(endpoint, LARGE);
        assertThat(again.json().get("type").asString()).endsWith("/planning-deadline-exceeded");
    }
}
