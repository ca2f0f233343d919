package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CI recipes' commands run against the packaged jar: the GitHub action's steps as a runner would run them (inputs
 * as environment variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files), and the compose file's check command.
 */
class CiRecipesCliIT {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @Test
    @SuppressWarnings("unchecked")
    void theActionsStepsFailTheJobOnAFailingFolderWithSarifAndASummary() throws Exception {
        var dir = Files.createDirectories(Path.of("target", "cli-it", "action"));
        var inputs = Map.of(
                "inputs.jar", Jar.path().toAbsolutePath().toString(),
                "inputs.paths", "src/test/resources/cli/failing",
                "inputs.fail-on", "error",
                "inputs.sarif", dir.resolve("check.sarif").toString(),
                "inputs.args", "");
        var output = dir.resolve("output.txt");
        var summary = dir.resolve("summary.md");
        Files.writeString(output, "");
        Files.writeString(summary, "");
        var steps = (List<Map<String, Object>>) ((Map<String, Object>)
                        CiRecipesTests.yaml(".github/actions/check/action.yml").get("runs"))
                .get("steps");

        var check = runStep(steps.get(0), inputs, Map.of("GITHUB_OUTPUT", output, "GITHUB_STEP_SUMMARY", summary));
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("::error file=src/test/resources/cli/failing/cluster.eksctl.yaml,line=16");
        assertThat(Files.readString(dir.resolve("check.sarif"))).contains("\"version\": \"2.1.0\"");
        assertThat(Files.readString(summary)).contains("## EKS Network Planner: ❌ failed");
        assertThat(Files.readString(output)).isEqualTo("exit-code=1\n");

        var outcome = new HashMap<String, String>(inputs);
        outcome.put("steps.check.outputs.exit-code", "1");
        assertThat(runStep(steps.get(2), outcome, Map.of()).exit()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeCheckServiceCommandPassesOnTheExamplesAndTheImageStartsTheApplication() throws Exception {
        var services = (Map<String, Map<String, Object>>)
                CiRecipesTests.yaml("docker-compose.yml").get("services");
        var command =
                new ArrayList<>(List.of(Jar.javaBinary(), "-jar", Jar.path().toString()));
        command.addAll((List<String>) services.get("check").get("command"));

        var run = Jar.exec(command, null);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("verdict: passed");
        try (var jar = new JarFile(Jar.path().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
                    .isEqualTo("io.eksplanner.PlannerApplication");
        }
    }

    /** Runs a step's script with bash, its env resolved from {@code values}, in the repository's root. */
    private static Jar.Result runStep(Map<String, Object> step, Map<String, String> values, Map<String, Path> files)
            throws Exception {
        var script = Files.createTempFile("step", ".sh");
        Files.writeString(script, (String) step.get("run"));
        var command = new ArrayList<String>();
        command.add("env");
        @SuppressWarnings("unchecked")
        var env = (Map<String, Object>) step.getOrDefault("env", Map.of());
        env.forEach((name, value) -> command.add(name + "=" + resolve(String.valueOf(value), values)));
        files.forEach((name, file) -> command.add(name + "=" + file.toAbsolutePath()));
        command.add("PATH=" + Path.of(Jar.javaBinary()).getParent() + ":" + System.getenv("PATH"));
        command.addAll(List.of("bash", "-e", script.toString()));
        return Jar.exec(command, null);
    }

    private static String resolve(String value, Map<String, String> values) {
        var matcher = EXPRESSION.matcher(value);
        var resolved = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1);
            assertThat(values).as("the test knows " + expression).containsKey(expression);
            matcher.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(values.get(expression)));
        }
        return matcher.appendTail(resolved).toString();
    }
}
