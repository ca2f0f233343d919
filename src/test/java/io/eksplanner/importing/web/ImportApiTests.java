package io.eksplanner.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.HostileYaml;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing and exporting YAML over real HTTP, hostile input included. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/import-api-${random.uuid}")
class ImportApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    static String example(String file) {
        try {
            return Files.readString(Path.of("examples", file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String canonicalStream() {
        return example("canonical-cluster.eksctl.yaml") + "\n---\n" + example("canonical-cluster.manifests.yaml");
    }

    Response importYaml(String query, String yaml, String... headers) {
        return api.send("POST", "/api/v1/imports" + query, yaml, "application/yaml", headers);
    }

    long clusters() {
        return api.get("/api/v1/clusters")
                .json()
                .get("page")
                .get("totalElements")
                .asLong();
    }

    @Test
    void createsTheCanonicalClusterFromItsEksctlFileAndManifests() {
        var response = importYaml("", canonicalStream());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/api/v1/clusters/demo");
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        var report = response.json().get("report");
        assertThat(report.get("read").size()).isGreaterThanOrEqualTo(3);
        var stored = api.get("/api/v1/clusters/demo").json();
        var canonical = Canonical.tree();
        for (String section : new String[] {"subnets", "nodeGroups", "workloads", "services"}) {
            assertThat(stored.get(section).size())
                    .as(section)
                    .isEqualTo(canonical.get(section).size());
        }
        assertThat(api.get("/api/v1/clusters/demo/validation")
                        .json()
                        .get("summary")
                        .get("errors")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/v1/clusters/demo/ip-plan")
                        .json()
                        .get("summary")
                        .get("nodes")
                        .asInt())
                .isEqualTo(4);
        assertThat(api.get("/api/v1/clusters/demo/load-balancers")
                        .json()
                        .get("loadBalancers")
                        .get(0)
                        .get("type")
                        .asString())
                .isEqualTo("CLB");
    }

    @Test
    void importsSeveralFilesAsOneStream() {
        var boundary = "----planner-test";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"cluster.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + example("canonical-cluster.eksctl.yaml") + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"app.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + example("canonical-cluster.manifests.yaml") + "\r\n--"
                + boundary + "--\r\n";

        var response = api.send("POST", "/api/v1/imports", body, "multipart/form-data; boundary=" + boundary);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/clusters/demo/services").json().get("items"))
                .hasSize(1);
    }

    @Test
    void storesNothingOnADryRunAndAnswersTheValidation() {
        var response = importYaml("?dryRun=true", canonicalStream());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("validation").get("valid").asBoolean()).isTrue();
        assertThat(response.json().get("topology").get("name").asString()).isEqualTo("demo");
        assertThat(clusters()).isZero();
    }

    /** The canonical files with private-a laid over public-b: a SUBNET_OVERLAP error. */
    static String overlappingStream() {
        return canonicalStream()
                .replace("ap-northeast-2a: { cidr: 192.168.96.0/19 }", "ap-northeast-2a: { cidr: 192.168.32.0/20 }");
    }

    @Test
    void answers422OnADryRunWhoseFindingsReachFailOn() {
        var passing = importYaml("?dryRun=true&failOn=error", canonicalStream());
        var failing = importYaml("?dryRun=true&failOn=error", overlappingStream());
        var withoutFailOn = importYaml("?dryRun=true", overlappingStream());

        assertThat(passing.status()).as(passing.body()).isEqualTo(200);
        assertThat(failing.status()).as(failing.body()).isEqualTo(422);
        assertThat(failing.json().get("validation").get("findings").toString()).contains("SUBNET_OVERLAP");
        assertThat(withoutFailOn.status()).isEqualTo(200);
        assertThat(clusters()).isZero();
    }

    @Test
    void storesAnImportWhoseFindingsReachFailOnAndSaysSoWith422() {
        var response = importYaml("?failOn=error", overlappingStream());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Location")).endsWith("/api/v1/clusters/demo");
        assertThat(response.json().get("validation").get("valid").asBoolean()).isFalse();
        assertThat(clusters()).isOne();
    }

    @Test
    void refusesAnUnknownQueryParameterAndStoresNothing() {
        var response = importYaml("?dryrun=true", canonicalStream());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/unknown-parameter");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("dryrun");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("dryRun", "failOn");
        assertThat(clusters()).isZero();
    }

    @Test
    void appliesManifestsToAStoredClusterAsKubectlApplyDoes() {
        importYaml("", canonicalStream());
        var extra = """
                apiVersion: v1
                kind: Service
                metadata: {name: api, namespace: default}
                spec:
                  type: ClusterIP
                  selector: {app: api}
                  ports: [{port: 8080, targetPort: 8080}]
                """;

        var stale = importYaml("?cluster=demo", extra, "If-Match", "\"9\"");
        var applied = importYaml("?cluster=demo", extra, "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.header("ETag")).isEqualTo("\"1\"");
        var services = api.get("/api/v1/clusters/demo/services").json().get("items");
        assertThat(services).hasSize(2);
        assertThat(api.get("/api/v1/clusters/demo/workloads").json().get("items"))
                .hasSize(1);
    }

    @Test
    void refusesTheWholeImportListingEveryBadDocument() {
        var bad = example("canonical-cluster.eksctl.yaml") + """
                ---
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: old, namespace: default}
                spec: {}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: Bad_Name}
                spec: {ports: [{port: 80}]}
                """;

        var response = importYaml("", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/import-rejected");
        var errors = response.json().get("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        assertThat(errors.get(0).get("document").asInt()).isEqualTo(1);
        assertThat(clusters()).isZero();
    }

    @Test
    void refusesAnEmptyListItemNamingDocumentObjectAndField() {
        var stream = example("canonical-cluster.eksctl.yaml") + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: web}, ports: [~]}
                """;

        var response = importYaml("?dryRun=true", stream);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/import-rejected");
        var error = response.json().get("errors").get(0);
        assertThat(error.get("document").asInt()).isEqualTo(1);
        assertThat(error.get("object").asString()).isEqualTo("Service/shop/web");
        assertThat(error.get("field").asString()).isEqualTo("spec.ports[0]");
    }

    @Test
    void refusesANullNodeGroupOfAClusterConfigWithAProblem() {
        var stream = example("canonical-cluster.eksctl.yaml") + "\nnodeGroups: [null]\n";

        var response = importYaml("?dryRun=true", stream);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/import-rejected");
        assertThat(response.body()).contains("nodeGroups[0]").doesNotContain("Exception");
    }

    @Test
    void refusesABillionLaughsQuicklyAndStaysHealthy() {
        var lol = HostileYaml.billionLaughs();
        long start = System.nanoTime();

        var response = importYaml("", lol);

        // Counted on the parser's events, its expansion passes the expanded-size limit before any alias is composed.
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).endsWith("/import-too-large");
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("ms, a loose bound: refusal is not a timing test")
                .isLessThan(10_000);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void refusesAScalarAliasedPastTheExpandedSizeWhetherStoredOrDryRun() {
        var amplified =
                example("canonical-cluster.eksctl.yaml") + "\n---\n" + HostileYaml.aliasedScalar(256 * 1024, 2_000);

        for (String query : new String[] {"?dryRun=true", ""}) {
            long start = System.nanoTime();
            var response = importYaml(query, amplified);
            System.out.printf(
                    "hostile YAML: %d KB aliased to 512 MiB, import%s refused with %d in %d ms%n",
                    amplified.length() / 1024, query, response.status(), (System.nanoTime() - start) / 1_000_000);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            var problem = response.json();
            assertThat(problem.get("type").asText()).endsWith("/import-too-large");
            assertThat(problem.get("limit").asText()).isEqualTo("planner.import.max-expanded-size");
            assertThat(problem.get("maximum").asLong()).isEqualTo(8L * 1024 * 1024);
            assertThat(problem.get("errors").get(0).get("document").asInt()).isEqualTo(1);
        }
        assertThat(clusters()).isZero();
    }

    @Test
    void boundsTheExpandedSizeOfAllTheFilesOfOneImportTogether() {
        var first = example("canonical-cluster.eksctl.yaml") + "\n---\n" + HostileYaml.aliasedScalar(256 * 1024, 19);
        var second = HostileYaml.aliasedScalar(256 * 1024, 19).replace("name: amplified", "name: again");

        assertThat(importFiles("?dryRun=true", first).status()).isEqualTo(200);
        var both = importFiles("?dryRun=true", first, second);
        assertThat(both.status()).isEqualTo(413);
        assertThat(both.json().get("type").asText()).endsWith("/import-too-large");
    }

    Response importFiles(String query, String... files) {
        var boundary = "----planner-test";
        var body = new StringBuilder();
        for (int i = 0; i < files.length; i++) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"f")
                    .append(i)
                    .append(".yaml\"\r\nContent-Type: application/yaml\r\n\r\n")
                    .append(files[i])
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.send(
                "POST", "/api/v1/imports" + query, body.toString(), "multipart/form-data; boundary=" + boundary);
    }

    @Test
    void refusesTooManyDocumentsDeepNestingAndOversizedBodies() {
        var many = "a: 1\n---\n".repeat(10_000);
        var deep = "a: ".repeat(1) + "[".repeat(500) + "]".repeat(500) + "\n";
        var huge = "a: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n";

        assertThat(importYaml("", many).status()).isEqualTo(400);
        assertThat(importYaml("", deep).status()).isEqualTo(400);
        assertThat(importYaml("", huge).status()).isEqualTo(413);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(clusters()).isZero();
    }

    @Test
    void exportsWhatTheImporterReadsBackIntoTheSameTopology() {
        api.post("/api/v1/clusters", Canonical.text());
        var eksctl = api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clusters/demo/export/eksctl"))
                        .build());
        var manifests = api.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/clusters/demo/export/manifests"))
                .build());
        assertThat(eksctl.status()).isEqualTo(200);
        assertThat(eksctl.header("Content-Type")).startsWith("application/yaml");

        var reimported = importYaml("?dryRun=true", eksctl.body() + "\n---\n" + manifests.body());

        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        var topology = reimported.json().get("topology");
        var original = api.get("/api/v1/clusters/demo").json();
        for (String section :
                new String[] {"subnets", "nodeGroups", "workloads", "services", "serviceIpv4Cidr", "region"}) {
            assertThat(topology.get(section)).as(section).isEqualTo(original.get(section));
        }
    }

    @Test
    void servesTheTopologyAsYaml() {
        api.post("/api/v1/clusters", Canonical.text());

        var yaml = api.get("/api/v1/clusters/demo", "Accept", "application/yaml");

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.body()).contains("name: \"demo\"", "cidrBlocks:");
    }
}
