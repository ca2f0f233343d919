package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem's {@code type} leads a client to the page that explains it (RFC 9457 §3.1.1): a relative reference with
 * the full path, which the client resolves against the URL it called.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/problem-pages-${random.uuid}")
class ProblemTypePagesTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void followsTheTypeOfARealProblemToThePageThatExplainsIt() throws Exception {
        var called = URI.create("http://localhost:" + port + "/api/v1/clusters/no-such-cluster");
        var answer = get(called);
        var type = URI.create(
                JsonMapper.builder().build().readTree(answer.body()).get("type").asString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(type.isAbsolute()).as("a relative reference: %s", type).isFalse();
        var page = get(called.resolve(type));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("text/html"));
        assertThat(page.body())
                .contains(
                        ProblemType.NOT_FOUND.title(),
                        HtmlUtils.htmlEscape(ProblemExamples.meaning(ProblemType.NOT_FOUND)),
                        "HTTP 404");
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void servesAPageForEveryType(ProblemType type) throws Exception {
        var page =
                get(URI.create("http://localhost:" + port + "/api/v1/clusters").resolve(type.type()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(ProblemExamples.meaning(type)));
    }

    @Test
    void answersAnUnknownTypeWith404() throws Exception {
        var page = get(URI.create("http://localhost:" + port + "/problems/no-such-type"));

        assertThat(page.statusCode()).isEqualTo(404);
    }
}
