package io.eksplanner.topology.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import io.eksplanner.common.web.JacksonConfiguration;
import io.eksplanner.common.web.ProblemType;
import io.eksplanner.common.web.ProblemWriter;
import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.Versioned;
import io.eksplanner.topology.spec.TopologyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web layer alone: what never reaches the service (ill-formed input), and what the service's own faults look
 * like to a client — the cases a running service cannot be made to show on demand.
 */
@WebMvcTest(ClusterController.class)
@Import({JacksonConfiguration.class, ProblemWriter.class, ResourceLocations.class})
class ClusterControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TopologyService topology;

    private static String canonicalText() throws IOException {
        return Files.readString(Path.of("examples/canonical-cluster.json"));
    }

    @Test
    void neverPassesIllFormedInputToTheService() {
        assertThat(mvc.post()
                        .uri("/api/v1/clusters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"bogus\": 1}"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/clusters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"bad name\"}"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/clusters")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("demo"))
                .hasStatus(415);

        verifyNoInteractions(topology);
    }

    @Test
    void answersAFaultOfThePlannerWithA500ThatRevealsNothing() throws Exception {
        given(topology.get("demo")).willThrow(new IllegalStateException("secret internal detail"));

        var result = mvc.get().uri("/api/v1/clusters/demo").exchange();

        assertThat(result).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(ProblemType.INTERNAL_ERROR.type().toString());
        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("secret", "IllegalStateException", "\tat ");
    }

    @Test
    void refusesAnAcceptItCannotProduce() {
        assertThat(mvc.get().uri("/api/v1/clusters/demo").accept(MediaType.APPLICATION_XML))
                .hasStatus(406);
        verifyNoInteractions(topology);
    }

    @Test
    void returnsTheVersionAsAStrongEtag() throws Exception {
        var document = JsonMapper.builder().build().readValue(canonicalText(), TopologyDocument.class);
        given(topology.get(eq("demo"))).willReturn(new Versioned<>(document, 7));
        given(topology.replace(eq("demo"), any(), any())).willReturn(new Versioned<>(document, 8));

        assertThat(mvc.get().uri("/api/v1/clusters/demo")).hasStatusOk().hasHeader("ETag", "\"7\"");
        assertThat(mvc.put()
                        .uri("/api/v1/clusters/demo")
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(canonicalText()))
                .hasStatusOk()
                .hasHeader("ETag", "\"8\"");
    }
}
