package io.eksplanner.topology;

import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Audit and revisions on PostgreSQL, in a fresh schema (see {@link PostgresTestDatabase}). */
@RequiresPostgres
class PostgresRevisionTests extends RevisionApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
