package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.util.FileSystemUtils;

/**
 * Every command of the README's "Use it in CI" section, run in a folder holding the packaged jar as
 * eks-network-planner.jar, a copy of examples/ and the section's .eksplanner.yaml: each java -jar line with the exit code its comment promises, the
 * GitLab job's script, and the GitHub step's inputs, which the action must declare.
 */
class ReadmeCliIT {

    private static final Pattern BLOCK = Pattern.compile("```(sh|yaml)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXITS = Pattern.compile("^(java -jar .*?)\\s+# exits (\\d)$");

    @Test
    @SuppressWarnings("unchecked")
    void runsEveryCommandOfTheUseItInCiSection() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Use it in CI");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        var dir = Path.of("target", "cli-it", "readme");
        FileSystemUtils.deleteRecursively(dir);
        FileSystemUtils.copyRecursively(Path.of("examples"), dir.resolve("examples"));
        var commands = new ArrayList<String>();
        var expected = new ArrayList<Integer>();
        var matcher = BLOCK.matcher(section);
        while (matcher.find()) {
            String body = matcher.group(2);
            if (matcher.group(1).equals("sh")) {
                for (String line : body.strip().split("\n")) {
                    var command = EXITS.matcher(line.strip());
                    assertThat(command.matches())
                            .as("a command with its exit code: " + line)
                            .isTrue();
                    commands.add(command.group(1));
                    expected.add(Integer.parseInt(command.group(2)));
                }
            } else if (body.startsWith("loadBalancing:")) {
                Files.writeString(dir.resolve(ProjectConfig.FILE_NAME), body);
            } else if (body.startsWith("eks-network-planner:")) {
                var job = (Map<String, Object>) ((Map<String, Object>) load(body)).get("eks-network-planner");
                for (Object line : (List<Object>) job.get("script")) {
                    commands.add((String) line);
                    expected.add(0);
                }
            } else {
                var step = (Map<String, Object>) ((List<Object>) load(body)).get(0);
                var inputs = (Map<String, Object>)
                        ((Map<String, Object>) load(Files.readString(Path.of(".github/actions/check/action.yml"))))
                                .get("inputs");
                assertThat(step.get("uses")).isEqualTo("./.github/actions/check");
                assertThat(inputs)
                        .containsKeys(((Map<String, Object>) step.get("with"))
                                .keySet()
                                .toArray(String[]::new));
            }
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(8);
        Files.copy(Jar.path(), dir.resolve("eks-network-planner.jar"));
        for (int i = 0; i < commands.size(); i++) {
            String command = commands.get(i);
            var run = Jar.exec(List.of("bash", "-c", "cd " + dir + " && " + command), null);
            assertThat(run.exit()).as(command + "\n" + run.err()).isEqualTo(expected.get(i));
        }
    }

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
