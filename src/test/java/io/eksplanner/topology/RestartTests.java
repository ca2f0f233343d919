package io.eksplanner.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.PlannerApplication;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The default H2 database is a file: what was written through the API is there after a restart. */
class RestartTests {

    private final String dataDir =
            Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toString();

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: application.properties would override the latter.
        return new SpringApplicationBuilder(PlannerApplication.class)
                .run("--server.port=0", "--planner.data-dir=" + dataDir);
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient(() -> "http://localhost:" + port);
    }

    @Test
    void keepsWrittenTopologiesAcrossARestartOnTheSameFile() {
        String written;
        try (var first = start()) {
            var api = api(first);
            assertThat(api.post("/api/v1/clusters", Canonical.text()).status()).isEqualTo(201);
            var subnet = api.put(
                    "/api/v1/clusters/demo/subnets/public-a",
                    "{\"name\": \"public-a\", \"cidr\": \"192.168.0.0/20\"}",
                    "If-Match",
                    "\"0\"");
            assertThat(subnet.status()).isEqualTo(200);
            written = api.get("/api/v1/clusters/demo").body();
        }

        try (var second = start()) {
            var read = api(second).get("/api/v1/clusters/demo");

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("ETag")).isEqualTo("\"1\"");
            assertThat(read.json()).isEqualTo(ApiClient.tree(written));
            assertThat(read.json().get("subnets").get(0).get("cidr").asString()).isEqualTo("192.168.0.0/20");
        }
    }
}
