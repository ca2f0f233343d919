package io.eksplanner.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.ApiClient.Response;
import io.eksplanner.support.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Audit and revisions over real HTTP (src/docs/domain-rules.md §7): every kind of write is a revision and an audit
 * line, each version's document can be read and restored, a delete is undone by a restore, and a name used again
 * starts a new history. Subclasses run it against each supported database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.revisions.retention=3s", "planner.revisions.max-per-cluster=12"})
@ExtendWith(OutputCaptureExtension.class)
abstract class RevisionApiContract {

    static final String CLUSTERS = "/api/v1/clusters";
    static final String SUBNET = "{\"name\":\"extra-a\",\"cidr\":\"192.168.240.0/24\","
            + "\"availabilityZone\":\"ap-northeast-2a\",\"type\":\"PRIVATE\",\"egress\":\"NAT_GATEWAY\"}";

    @LocalServerPort
    int port;

    @Autowired
    RevisionService revisionService;

    @Autowired
    JdbcTemplate jdbc;

    final ApiClient api = new ApiClient(() -> "http://localhost:" + port);

    @BeforeEach
    void startsFromAnEmptyStore() {
        api.deleteAllClusters();
    }

    @Test
    void recordsEveryKindOfWriteAsAContiguousHistoryAndAnAuditLine(CapturedOutput output) {
        var eksctl = example("canonical-cluster.eksctl.yaml").replaceFirst("(?m)^  name: demo$", "  name: audited");
        expect(201, api.send("POST", "/api/v1/imports", eksctl, "application/yaml"));
        expect(
                200,
                api.send(
                        "POST",
                        "/api/v1/imports?cluster=audited",
                        example("canonical-cluster.manifests.yaml"),
                        "application/yaml"));
        var renamed = Canonical.named("audited").put("kubernetesVersion", "1.32");
        expect(200, api.put(CLUSTERS + "/audited", ApiClient.json(renamed)));
        expect(201, api.post(CLUSTERS + "/audited/subnets", SUBNET));
        expect(200, api.put(CLUSTERS + "/audited/subnets/extra-a", SUBNET));
        expect(204, api.delete(CLUSTERS + "/audited/subnets/extra-a"));
        expect(204, api.delete(CLUSTERS + "/audited/workloads/default/my-nginx"));
        expect(200, api.post(CLUSTERS + "/audited/revisions/2/restore", null));

        var page = expect(200, api.get(CLUSTERS + "/audited/revisions")).json();
        var operations = new ArrayList<String>();
        var versions = new ArrayList<Long>();
        for (JsonNode item : page.get("items")) {
            operations.add(item.get("operation").asString());
            versions.add(item.get("version").asLong());
            assertThat(item.get("principal").asString()).isEqualTo("anonymous");
            assertThat(item.get("time").asString()).isNotBlank();
        }
        System.out.println("revisions of 'audited', newest first: " + operations);
        assertThat(operations)
                .containsExactly(
                        "restore",
                        "delete-child",
                        "delete-child",
                        "replace-child",
                        "create-child",
                        "replace",
                        "import-apply",
                        "import");
        assertThat(versions).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
        var items = page.get("items");
        assertThat(items.get(0).get("restoredFrom").asLong()).isEqualTo(2);
        assertThat(items.get(1).get("child").get("kind").asString()).isEqualTo("workloads");
        assertThat(items.get(1).get("child").get("key").asString()).isEqualTo("default/my-nginx");
        assertThat(items.get(4).get("child").get("key").asString()).isEqualTo("extra-a");
        assertThat(items.get(5).get("child").isNull()).isTrue();
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(8);

        assertThat(output.getAll())
                .contains("operation=replace cluster=audited version=2 principal=anonymous at=")
                .contains("operation=delete-child cluster=audited version=6 principal=anonymous"
                        + " child=workloads/default/my-nginx at=")
                .contains("operation=restore cluster=audited version=7 principal=anonymous restoredFrom=2 at=");
    }

    @Test
    void readsTheDocumentOfEachVersionAndRestoresOneAsANewVersion() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("history"))));
        expect(
                200,
                api.put(
                        CLUSTERS + "/history",
                        ApiClient.json(Canonical.named("history").put("region", "eu-west-1"))));

        var first = expect(200, api.get(CLUSTERS + "/history/revisions/0"));
        assertThat(first.json().get("region").asString()).isEqualTo("ap-northeast-2");
        assertThat(expect(200, api.get(CLUSTERS + "/history/revisions/1"))
                        .json()
                        .get("region")
                        .asString())
                .isEqualTo("eu-west-1");

        var stale = api.send("POST", CLUSTERS + "/history/revisions/0/restore", null, null, "If-Match", "\"0\"");
        TopologyApiContract.assertProblem(stale, 412, "precondition-failed");

        var restored = api.send("POST", CLUSTERS + "/history/revisions/0/restore", null, null, "If-Match", "\"1\"");
        expect(200, restored);
        assertThat(restored.header("ETag")).isEqualTo("\"2\"");
        assertThat(restored.json()).isEqualTo(first.json());
        assertThat(api.get(CLUSTERS + "/history").json()).isEqualTo(first.json());
    }

    @Test
    void answersUnknownVersionsAndClustersWithProblems() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("known"))));

        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/known/revisions/9"), 404, "not-found");
        TopologyApiContract.assertProblem(api.post(CLUSTERS + "/known/revisions/9/restore", null), 404, "not-found");
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/unknown/revisions"), 404, "not-found");
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/known/revisions/x"), 400, "invalid-parameter");
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/known/revisions?size=0"), 400, "invalid-parameter");
        assertThat(api.get(CLUSTERS + "/known").header("ETag"))
                .as("a refused restore writes nothing")
                .isEqualTo("\"0\"");
    }

    @Test
    void undoesADeleteByRestoringWhileTheNameIsFree() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("undone"))));
        expect(
                200,
                api.put(
                        CLUSTERS + "/undone",
                        ApiClient.json(Canonical.named("undone").put("region", "us-east-1"))));
        expect(204, api.delete(CLUSTERS + "/undone", "If-Match", "\"1\""));

        var afterDelete =
                expect(200, api.get(CLUSTERS + "/undone/revisions")).json().get("items");
        assertThat(afterDelete.get(0).get("operation").asString()).isEqualTo("delete");
        assertThat(afterDelete.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(afterDelete.get(0).get("hasDocument").asBoolean()).isFalse();
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/undone/revisions/2"), 404, "not-found");

        var stale = api.send("POST", CLUSTERS + "/undone/revisions/1/restore", null, null, "If-Match", "\"1\"");
        TopologyApiContract.assertProblem(stale, 412, "precondition-failed");

        var restored = api.send("POST", CLUSTERS + "/undone/revisions/1/restore", null, null, "If-Match", "\"2\"");
        expect(201, restored);
        assertThat(restored.header("Location")).endsWith("/api/v1/clusters/undone");
        assertThat(restored.header("ETag"))
                .as("versions go on from the delete's")
                .isEqualTo("\"3\"");
        var read = expect(200, api.get(CLUSTERS + "/undone"));
        assertThat(read.json().get("region").asString()).isEqualTo("us-east-1");
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        assertThat(expect(200, api.get(CLUSTERS + "/undone/revisions"))
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(4);
        expect(200, api.put(CLUSTERS + "/undone", ApiClient.json(Canonical.named("undone")), "If-Match", "\"3\""));
    }

    @Test
    void aNameUsedAgainStartsANewHistory() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("reused"))));
        expect(
                200,
                api.put(
                        CLUSTERS + "/reused",
                        ApiClient.json(Canonical.named("reused").put("region", "us-east-1"))));
        expect(204, api.delete(CLUSTERS + "/reused"));
        var again = expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("reused"))));
        assertThat(again.header("ETag")).isEqualTo("\"0\"");

        var items = expect(200, api.get(CLUSTERS + "/reused/revisions")).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("operation").asString()).isEqualTo("create");
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/reused/revisions/1"), 404, "not-found");
    }

    @Test
    void keepsTheNewestRevisionsOfALongHistory() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("long"))));
        for (int write = 0; write < 10; write++) {
            expect(201, api.post(CLUSTERS + "/long/subnets", SUBNET));
            expect(204, api.delete(CLUSTERS + "/long/subnets/extra-a"));
        }
        var page = expect(200, api.get(CLUSTERS + "/long/revisions?size=100")).json();
        var versions = new ArrayList<Long>();
        page.get("items").forEach(item -> versions.add(item.get("version").asLong()));
        System.out.println("revisions kept of 21 writes, max-per-cluster 12: " + versions);
        assertThat(versions).hasSize(12).first().isEqualTo(20L);
        assertThat(versions).last().isEqualTo(9L);
    }

    @Test
    void purgesADeletedClustersRevisionsOnceTheRetentionHasPassed() throws InterruptedException {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("expired"))));
        expect(204, api.delete(CLUSTERS + "/expired"));
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("alive"))));
        expect(200, api.get(CLUSTERS + "/expired/revisions"));

        Thread.sleep(3_200);
        expect(204, api.delete(CLUSTERS + "/alive/subnets/private-c"));
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("fresh"))));
        expect(204, api.delete(CLUSTERS + "/fresh"));
        int purged = revisionService.purgeExpired();

        System.out.println("revisions purged after the 3 s retention: " + purged);
        assertThat(purged)
                .as("expired's two, and those of clusters earlier tests deleted")
                .isGreaterThanOrEqualTo(2);
        TopologyApiContract.assertProblem(api.get(CLUSTERS + "/expired/revisions"), 404, "not-found");
        TopologyApiContract.assertProblem(api.post(CLUSTERS + "/expired/revisions/0/restore", null), 404, "not-found");
        assertThat(expect(200, api.get(CLUSTERS + "/alive/revisions")).json().get("items"))
                .as("a live cluster's revisions never expire")
                .hasSize(2);
        assertThat(expect(200, api.get(CLUSTERS + "/fresh/revisions")).json().get("items"))
                .hasSize(2);
    }

    @Test
    void keepsAClustersStateFromBeforeRevisionsAsItsBaseline() {
        expect(201, api.post(CLUSTERS, ApiClient.json(Canonical.named("legacy"))));
        // As a database from before revisions were kept holds it: the cluster, and no revision of it.
        jdbc.update("delete from cluster_revision where cluster_name = 'legacy'");

        expect(
                200,
                api.put(
                        CLUSTERS + "/legacy",
                        ApiClient.json(Canonical.named("legacy").put("region", "us-east-1"))));

        var items = expect(200, api.get(CLUSTERS + "/legacy/revisions")).json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("operation").asString()).isEqualTo("baseline");
        assertThat(items.get(1).get("principal").asString()).isEqualTo("system");
        assertThat(expect(200, api.get(CLUSTERS + "/legacy/revisions/0"))
                        .json()
                        .get("region")
                        .asString())
                .isEqualTo("ap-northeast-2");
    }

    static Response expect(int status, Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    static String example(String file) {
        try {
            return Files.readString(Path.of("examples", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
