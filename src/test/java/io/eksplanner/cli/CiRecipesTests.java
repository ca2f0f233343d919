package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The container image and the CI recipes, checked statically (no Docker engine, no hosted runner here): the image's
 * entry point hands its arguments to the application's main, the compose file's check service runs the command line
 * on the repository, and the GitHub action is a composite action that runs check and uploads SARIF.
 * CiRecipesCliIT runs their commands against the packaged jar.
 */
class CiRecipesTests {

    static Map<String, Object> yaml(String file) throws Exception {
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(Path.of(file)));
        return map;
    }

    @Test
    void theImageHandsCheckAndDiffToMainFromAnyWorkingDirectory() throws Exception {
        var entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream()
                .filter(line -> line.startsWith("ENTRYPOINT"))
                .toList();

        assertThat(entrypoint)
                .containsExactly("ENTRYPOINT [\"java\", \"-XX:+ExitOnOutOfMemoryError\","
                        + " \"@/app/fast-start.args\", \"-jar\", \"/app/eks-network-planner.jar\"]");
        // The image's fast-start form is made by the script the startup benchmark runs.
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("RUN sh /usr/local/bin/fast-start.sh /tmp/eks-network-planner.jar /app");
        assertThat(Files.readString(Path.of("Dockerfile"))).doesNotContain("\nCMD");
        assertThat(CommandLine.handles(new String[] {"check", "."})).isTrue();
        assertThat(CommandLine.handles(new String[] {"diff", "a", "b"})).isTrue();
        assertThat(CommandLine.handles(new String[] {"--server.port=8081"})).isFalse();
        assertThat(CommandLine.handles(new String[0])).isFalse();
    }

    @Test
    void theComposeFileRunsTheCommandLineOnTheRepositoryOnlyWhenAskedTo() throws Exception {
        @SuppressWarnings("unchecked")
        var services =
                (Map<String, Map<String, Object>>) yaml("docker-compose.yml").get("services");
        var check = services.get("check");

        assertThat(check.get("build")).isEqualTo(services.get("planner").get("build"));
        assertThat(check.get("profiles")).isEqualTo(List.of("ci"));
        assertThat(check.get("volumes")).isEqualTo(List.of("./:/work:ro"));
        assertThat(check.get("working_dir")).isEqualTo("/work");
        assertThat(((List<?>) check.get("command")).get(0)).isEqualTo("check");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionRunsCheckAndUploadsItsSarif() throws Exception {
        var action = yaml(".github/actions/check/action.yml");
        var runs = (Map<String, Object>) action.get("runs");
        var steps = (List<Map<String, Object>>) runs.get("steps");

        assertThat(runs.get("using")).isEqualTo("composite");
        assertThat((Map<String, Object>) action.get("inputs")).containsKeys("jar", "paths", "fail-on", "sarif");
        assertThat((String) steps.get(0).get("run"))
                .contains("java -XX:TieredStopAtLevel=1 -jar \"$PLANNER_JAR\" check")
                .contains("--format sarif --output \"$PLANNER_SARIF\"");
        var upload = steps.get(1);
        assertThat(upload.get("uses")).isEqualTo("github/codeql-action/upload-sarif@v3");
        assertThat(((Map<String, Object>) upload.get("with")).get("sarif_file")).isEqualTo("${{ inputs.sarif }}");
        assertThat((String) steps.get(2).get("run")).isEqualTo("exit \"$PLANNER_EXIT\"");
    }
}
