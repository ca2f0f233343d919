package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar run as a process over the example folders in src/test/resources/cli, as a CI job runs it: exit
 * codes, every format parsed (SARIF against the SARIF 2.1.0 schema), GitHub annotations at the right file and line,
 * suppressions and a baseline, and a diff that exhausts subnets. Thirteen runs in all.
 */
class CheckCliIT {

    static final String CLI = "src/test/resources/cli/";
    static final Path OUT = Path.of("target", "cli-it");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(OUT);
    }

    @Test
    void passesTheCanonicalClusterWithCleanJsonOnStandardOutput() {
        var run = Jar.run(
                "check",
                "--format",
                "json",
                "examples/canonical-cluster.eksctl.yaml",
                "examples/canonical-cluster.manifests.yaml");

        assertThat(run.exit()).as(run.err()).isZero();
        var json = JSON.readTree(run.out());
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("clusters").get(0).get("name").asString()).isEqualTo("demo");
        assertThat(run.err()).contains("eks-network-planner: passed");
    }

    @Test
    void writesSchemaValidSarifParsableJunitAndGithubLinesAtTheRightPlaces() throws Exception {
        var sarif = OUT.resolve("failing.sarif");
        var junit = OUT.resolve("failing.xml");

        var run = Jar.run(
                "check",
                "--format",
                "sarif",
                "--output",
                sarif.toString(),
                "--format",
                "junit",
                "--output",
                junit.toString(),
                "--format",
                "github",
                CLI + "failing");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.newInputStream(Path.of("src/test/resources/cli-schema/sarif-schema-2.1.0.json")));
        assertThat(schema.validate(Files.readString(sarif), InputFormat.JSON)).isEmpty();
        var result =
                JSON.readTree(sarif.toFile()).get("runs").get(0).get("results").get(0);
        assertThat(result.get("partialFingerprints").get("eksplanner/v1").asString())
                .hasSize(32);
        assertThat(region(result).get("startLine").asInt()).isPositive();

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        var cases = document.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength())
                .isEqualTo(1);

        assertThat(run.out())
                .contains("::error file=" + CLI + "failing/cluster.eksctl.yaml,line=16,col=21,title=SUBNET_OVERLAP::")
                .contains("::error file=" + CLI + "failing/apps.yaml,line=7,col=3,title=POD_CAPACITY_EXCEEDED::");
    }

    @Test
    void answersTwoWithTheFileAndLineForIllFormedYamlAndForAUsageError() {
        var illFormed = Jar.run("check", CLI + "ill-formed");
        var usage = Jar.run("check", "--format", "yaml", CLI + "failing");

        assertThat(illFormed.exit()).isEqualTo(2);
        assertThat(illFormed.err()).contains(CLI + "ill-formed/cluster.eksctl.yaml:11:");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("--format must be one of");
    }

    @Test
    void aSuppressionAnnotationRemovesExactlyItsFinding() {
        var run = Jar.run("check", "--format", "json", CLI + "suppressed");

        assertThat(run.exit()).isEqualTo(1);
        var findings = JSON.readTree(run.out()).get("clusters").get(0).get("findings");
        assertThat(findings).hasSize(2);
        for (JsonNode finding : findings) {
            boolean suppressed = !finding.get("suppressed").isNull();
            assertThat(suppressed).isEqualTo(finding.get("code").asString().equals("POD_CAPACITY_EXCEEDED"));
        }
    }

    @Test
    void aBaselineRemovesExactlyTheFindingItRecords() throws Exception {
        var baseline = OUT.resolve("baseline.json");
        assertThat(Jar.run("check", "--write-baseline", baseline.toString(), CLI + "failing")
                        .exit())
                .isEqualTo(1);
        var overlap = Pattern.compile("\"fingerprint\": \"(\\w+)\",\\s*\"code\": \"SUBNET_OVERLAP\"")
                .matcher(Files.readString(baseline));
        assertThat(overlap.find()).isTrue();
        Files.writeString(baseline, "{\"findings\": [{\"fingerprint\": \"" + overlap.group(1) + "\"}]}");

        var run = Jar.run("check", "--baseline", baseline.toString(), "--format", "json", CLI + "failing");

        var findings = JSON.readTree(run.out()).get("clusters").get(0).get("findings");
        for (JsonNode finding : findings) {
            boolean suppressed = !finding.get("suppressed").isNull();
            assertThat(suppressed).isEqualTo(finding.get("code").asString().equals("SUBNET_OVERLAP"));
        }
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void diffReportsTheSubnetsAChangeExhausts() {
        var run = Jar.run("diff", "--format", "json", CLI + "diff/base", CLI + "diff/head");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        var cluster = JSON.readTree(run.out()).get("clusters").get(0);
        JsonNode privateA = null;
        for (JsonNode subnet : cluster.get("subnets")) {
            if (subnet.get("name").asString().equals("private-a")) {
                privateA = subnet;
            }
        }
        assertThat(privateA).isNotNull();
        assertThat(privateA.get("before").get("exhaustedAtDesired").asBoolean()).isFalse();
        assertThat(privateA.get("after").get("exhaustedAtDesired").asBoolean()).isTrue();
        assertThat(cluster.get("added").toString()).contains("SUBNET_IP_EXHAUSTED");
    }

    @Test
    void printsItsVersionAndHelp() {
        var version = Jar.run("check", "--version");
        var help = Jar.run("diff", "--help");

        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("eks-network-planner ");
        assertThat(help.out()).contains("diff [options] BASE HEAD").contains("exit codes");
    }

    private static JsonNode region(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("region");
    }
}
