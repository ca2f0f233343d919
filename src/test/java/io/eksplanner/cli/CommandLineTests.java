package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.HostileYaml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and diff run in this JVM, over the example folders in src/test/resources/cli. */
class CommandLineTests {

    static final String CLI = "src/test/resources/cli/";

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String input, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = CommandLine.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void passesTheCanonicalClusterAndItsManifests() {
        var run = run("check", "examples/canonical-cluster.eksctl.yaml", "examples/canonical-cluster.manifests.yaml");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("cluster demo").contains("verdict: passed");
    }

    @Test
    void pointsAGithubAnnotationAtTheLineAndColumnOfTheOverlappingSubnet() {
        var run = run("check", "--format", "github", CLI + "failing");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("::error file=" + CLI + "failing/cluster.eksctl.yaml,line=16,col=21,title=SUBNET_OVERLAP::")
                .contains("::error file=" + CLI + "failing/apps.yaml,line=7,col=3,title=POD_CAPACITY_EXCEEDED::");
    }

    @Test
    void reportsAnAnnotatedFindingAsSuppressedAndFailsOnlyOnTheOther() {
        var run = run("check", "--format", "json", CLI + "suppressed");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"suppressed\": 1").contains("\"errors\": 1");
        assertThat(run.out())
                .contains("\"suppressed\": \"eksplanner.io/ignore on Deployment/shop/api: the batch runs at night on"
                        + " spare nodes\"");
    }

    @Test
    void aBaselineSuppressesExactlyTheFindingItRecords(@TempDir Path dir) throws Exception {
        var baseline = dir.resolve("baseline.json");
        assertThat(run("check", "--write-baseline", baseline.toString(), CLI + "failing")
                        .exit())
                .isEqualTo(1);
        String recorded = Files.readString(baseline);
        var overlap = Pattern.compile("\"fingerprint\": \"(\\w+)\",\\s*\"code\": \"SUBNET_OVERLAP\"")
                .matcher(recorded);
        assertThat(overlap.find()).as(recorded).isTrue();
        Files.writeString(baseline, "{\"findings\": [{\"fingerprint\": \"" + overlap.group(1) + "\"}]}");

        var run = run("check", "--baseline", baseline.toString(), "--format", "json", CLI + "failing");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"errors\": 1").contains("\"suppressed\": 1");
        assertThat(run.out()).contains("\"suppressed\": \"in the baseline\"");
        assertThat(run.out().indexOf("\"in the baseline\""))
                .isGreaterThan(run.out().indexOf("SUBNET_OVERLAP"));
    }

    @Test
    void refusesIllFormedYamlWithItsFileAndLine() {
        var run = run("check", CLI + "ill-formed");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(CLI + "ill-formed/cluster.eksctl.yaml:11:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesYamlThatExpandsPastTheImportersLimit(@TempDir Path folder) throws Exception {
        var file = folder.resolve("amplified.yaml");
        Files.writeString(file, HostileYaml.aliasedScalar(256 * 1024, 2_000));

        var run = run("check", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("amplified.yaml").contains("planner.import.max-expanded-size");
    }

    @Test
    void refusesAnUnknownOptionAsAUsageError() {
        var run = run("check", "--fial-on", "warning", CLI + "failing");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option --fial-on");
    }

    @Test
    void skipsAWorkflowFileWithANoteAndPointsAnAliasedValueAtTheAliasWithItsAnchor() {
        var run = run("check", "--format", "json", CLI + "mixed");

        assertThat(run.err()).contains("mixed/.github/workflows/ci.yml: skipped");
        assertThat(run.out())
                .contains("\"line\": 17")
                .contains("\"anchorLine\": 15")
                .contains("\"anchorColumn\": 27");
    }

    @Test
    void failsOnAWarningOnlyWhenAskedTo() {
        assertThat(run("check", CLI + "warning").exit()).isZero();
        assertThat(run("check", "--fail-on", "warning", CLI + "warning").exit()).isEqualTo(1);
        assertThat(run("check", "--fail-on", "never", CLI + "failing").exit()).isZero();
    }

    @Test
    void takesSeverityOverridesAndTurnedOffCodesFromTheConfigFile(@TempDir Path dir) throws Exception {
        var config = dir.resolve("planner.yaml");
        Files.writeString(config, "severity:\n  SUBNET_ID_MALFORMED: error\n");
        assertThat(run("check", "--config", config.toString(), CLI + "warning").exit())
                .isEqualTo(1);

        Files.writeString(config, "disable: [SUBNET_OVERLAP, POD_CAPACITY_EXCEEDED]\n");
        var run = run("check", "--config", config.toString(), CLI + "failing");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 findings of codes the config turns off");
    }

    @Test
    void refusesAConfigFileWithAnUnknownSetting(@TempDir Path dir) throws Exception {
        var config = dir.resolve("planner.yaml");
        Files.writeString(config, "failon: warning\n");

        var run = run("check", "--config", config.toString(), CLI + "warning");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown setting failon");
    }

    @Test
    void readsStandardInput() throws Exception {
        var yaml = Files.readString(Path.of(CLI + "failing/cluster.eksctl.yaml"));

        var run = runWithInput(yaml, "check", "--format", "github", "-");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("file=<stdin>,line=16,col=21,title=SUBNET_OVERLAP");
    }

    @Test
    void aClusterConfigAnnotationSuppressesItsCodesInTheWholeCluster() throws Exception {
        var yaml = Files.readString(Path.of(CLI + "failing/cluster.eksctl.yaml"))
                .replace(
                        "  name: shop\n",
                        "  name: shop\n  annotations:\n    eksplanner.io/ignore: \"SUBNET_OVERLAP: being renumbered\"\n");

        var run = runWithInput(yaml, "check", "--format", "json", "-");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("\"suppressed\": \"eksplanner.io/ignore in the ClusterConfig: being renumbered\"");
    }

    @Test
    void refusesAnIgnoreAnnotationWithoutAReason() throws Exception {
        var yaml = Files.readString(Path.of(CLI + "failing/cluster.eksctl.yaml"))
                .replace("  name: shop\n", "  name: shop\n  annotations:\n    eksplanner.io/ignore: SUBNET_OVERLAP\n");

        var run = runWithInput(yaml, "check", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>:7:27: eksplanner.io/ignore must be \"CODE[,CODE]: reason\"");
    }

    @Test
    void diffReportsTheSubnetsAChangeExhaustsAndFailsOnTheFindingsItAdds() {
        var run = run("diff", "--format", "markdown", CLI + "diff/base", CLI + "diff/head");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("| private-a | 48 → 0 **exhausted** |").contains("`SUBNET_IP_EXHAUSTED`");
        assertThat(run("diff", CLI + "diff/head", CLI + "diff/base").exit()).isZero();
    }

    @Test
    void embedsTheNetworkAndLoadBalancerDiagramsAsMermaidBlocksInTheMarkdownReport() {
        var run = run(
                "check",
                "--format",
                "markdown",
                "examples/canonical-cluster.eksctl.yaml",
                "examples/canonical-cluster.manifests.yaml");

        assertThat(run.exit()).as(run.err()).isZero();
        var blocks = Pattern.compile("(?m)^```mermaid\n(flowchart [A-Z]{2})\n[\\s\\S]*?^```$")
                .matcher(run.out());
        var charts = new ArrayList<String>();
        while (blocks.find()) {
            charts.add(blocks.group(1));
        }
        // The network flows top to bottom, the packet paths left to right.
        assertThat(charts).as(run.out()).containsExactly("flowchart TB", "flowchart LR");
        assertThat(run.out())
                .contains("#### Network at desired size")
                .contains("service.default.my-nginx")
                .contains("lb0h0 -->|25 %| lb0h1");
    }

    @Test
    void fencesAMermaidChartLongerThanAnyBacktickRunInIt() {
        assertThat(MarkdownReport.fenced("flowchart TB\n  a[\"x ``` y\"]\n"))
                .isEqualTo("````mermaid\nflowchart TB\n  a[\"x ``` y\"]\n````\n");
    }

    @Test
    void escapesWorkflowCommandValuesAsTheRunnerReadsThem() {
        assertThat(GithubReport.data("50%\r\nmore")).isEqualTo("50%25%0D%0Amore");
        assertThat(GithubReport.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }
}
