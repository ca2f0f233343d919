package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.validation.FindingCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's code table is the users' reference: it must list every code the planner can report. */
class ReadmeTests {

    @Test
    void listsEveryFindingCodeWithItsSeverity() throws IOException {
        var readme = Files.readString(Path.of("README.md"));

        for (FindingCode code : FindingCode.values()) {
            assertThat(readme)
                    .as("README row for " + code)
                    .contains("| `" + code.name() + "` | " + code.severity() + " |");
        }
    }
}
