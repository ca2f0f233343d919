package io.eksplanner.durability;

import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import java.util.ArrayList;
import java.util.List;

/** SIGKILL in the middle of a write burst on PostgreSQL: no acknowledged write is lost. */
@RequiresPostgres
class PostgresSigkillDurabilityTests extends SigkillDurabilityContract {

    private final List<String> arguments = arguments();

    private static List<String> arguments() {
        var arguments = new ArrayList<String>(List.of("--spring.profiles.active=postgres"));
        arguments.addAll(PostgresTestDatabase.freshSchemaArguments());
        return arguments;
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    List<String> databaseArguments() {
        return arguments;
    }
}
