package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator behind a public host sets {@code planner.problems.base-uri} to an absolute base: every problem's type
 * is under it, those Tomcat writes itself included; a base that is neither a path nor absolute HTTP(S) is refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.data-dir=./target/test-data/problem-base-${random.uuid}",
            "planner.problems.base-uri=https://planner.example.com/problems"
        })
class ProblemTypeBaseTests {

    @LocalServerPort
    int port;

    @Test
    void putsEveryTypeUnderTheConfiguredBase() throws Exception {
        var answer = ProblemTypePagesTests.get(URI.create("http://localhost:" + port + "/api/v1/clusters/no-such"));

        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(answer.body())
                        .get("type")
                        .asString())
                .isEqualTo("https://planner.example.com/problems/not-found");
    }

    @Test
    void putsTomcatsOwnProblemsUnderItToo() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write("CONNECT /api/v1/clusters HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).contains("\"type\":\"https://planner.example.com/problems/not-implemented\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"problems/", "ftp://example.com/problems/", "https:///problems/", "/problems/?x=1"})
    void refusesABaseThatIsNeitherAPathNorAnAbsoluteHttpUri(String base) {
        assertThatThrownBy(() -> ProblemWriter.base(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planner.problems.base-uri");
    }

    @Test
    void endsTheBaseWithASlash() {
        assertThat(ProblemWriter.base("https://planner.example.com/problems"))
                .isEqualTo("https://planner.example.com/problems/");
        assertThat(ProblemWriter.base("/problems/")).isEqualTo("/problems/");
    }
}
