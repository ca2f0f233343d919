package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bounded work over real sockets: a body that trickles in past its deadline, plans taking turns for a bounded number
 * of planners, and requests in flight per instance, each refused with its problem while light requests and health
 * probes are still answered. The limits are lowered here so that a few held connections reach them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/admission-${random.uuid}",
            "planner.max-requests-in-flight=3",
            "planner.planning.concurrency=1",
            "planner.planning.queue-wait=300ms",
            "planner.request-body-deadline=1s"
        })
class AdmissionTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** A request whose headers and the first bytes of its body are sent, the rest held back. */
    private Socket held(String method, String path) throws IOException {
        var socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        var out = socket.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"name\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The status line, headers and problem body of one response; the connection may stay open after it. */
    private static String answer(Socket socket) throws IOException {
        var in = socket.getInputStream();
        var text = new StringBuilder();
        // A problem body is one JSON object, chunked or not: read to its closing brace, not to the end of stream.
        while (text.indexOf("\r\n\r\n") < 0 || text.lastIndexOf("}") < text.indexOf("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            text.append((char) c);
        }
        return text.toString();
    }

    @Test
    void refusesABodyStillTricklingInAtItsDeadline() throws Exception {
        try (var socket = held("POST", "/api/v1/clusters")) {
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            // One byte every 300 ms: Tomcat's own read timeout would never fire.
            for (int i = 0; i < 12 && socket.getInputStream().available() == 0; i++) {
                Thread.sleep(300);
                out.write(' ');
                out.flush();
            }
            var answer = answer(socket);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("\"type\":\"" + ProblemType.REQUEST_TIMEOUT.type() + "\"");
            assertThat(millis).isLessThan(3_000);
        }
        assertThat(api.get("/api/v1/clusters/").status()).isIn(200, 404);
    }

    @Test
    void makesAPlanWaitForTheBusyPlannerThenAnswers503WhileReadsGoOn() throws Exception {
        try (var planning = held("POST", "/api/v1/plans")) {
            Thread.sleep(200);

            var refused = api.post("/api/v1/plans", Canonical.text());
            var read = api.get("/api/v1/clusters");

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.json().get("type").asString())
                    .isEqualTo(ProblemType.PLANNING_BUSY.type().toString());
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(read.status()).isEqualTo(200);
        }
        assertThat(eventually(() -> api.post("/api/v1/plans", Canonical.text()).status()))
                .isEqualTo(200);
    }

    @Test
    void answers429PastTheRequestsInFlightButKeepsAnsweringHealth() throws Exception {
        try (var first = held("POST", "/api/v1/clusters");
                var second = held("POST", "/api/v1/clusters");
                var third = held("PUT", "/api/v1/clusters/x")) {
            Thread.sleep(200);

            var refused = api.get("/api/v1/clusters");
            var health = api.get("/actuator/health");

            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.json().get("type").asString())
                    .isEqualTo(ProblemType.TOO_MANY_REQUESTS.type().toString());
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(health.status()).isEqualTo(200);
        }
        assertThat(eventually(() -> api.get("/api/v1/clusters").status())).isEqualTo(200);
    }

    @Test
    void compressesALargeAnswerForAClientThatAcceptsGzip() {
        var response = api.send(
                "POST", "/api/v1/validations", Canonical.text(), "application/json", "Accept-Encoding", "gzip");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
    }

    /** The status once the held connections are gone: their threads notice the close in a moment. */
    private static int eventually(java.util.function.IntSupplier status) throws InterruptedException {
        int last = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            last = status.getAsInt();
            if (last < 400) {
                return last;
            }
            Thread.sleep(100);
        }
        return last;
    }
}
