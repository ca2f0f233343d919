package io.eksplanner.topology;

import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Gateway API resources' storage and CRUD on PostgreSQL, in a fresh schema (see {@link PostgresTestDatabase}). */
@RequiresPostgres
class PostgresGatewayApiTests extends GatewayApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
