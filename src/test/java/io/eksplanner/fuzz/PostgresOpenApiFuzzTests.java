package io.eksplanner.fuzz;

import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OpenAPI fuzz battery on PostgreSQL, in a fresh schema (see {@link PostgresTestDatabase}). */
@RequiresPostgres
class PostgresOpenApiFuzzTests extends OpenApiFuzzContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
