package io.eksplanner.durability;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** SIGKILL in the middle of a write burst on the embedded H2 default: no acknowledged write is lost. */
class SigkillDurabilityTests extends SigkillDurabilityContract {

    private final String dataDir =
            Path.of("target", "test-data", "sigkill-" + UUID.randomUUID()).toString();

    @Override
    String database() {
        return "H2";
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--planner.data-dir=" + dataDir);
    }
}
