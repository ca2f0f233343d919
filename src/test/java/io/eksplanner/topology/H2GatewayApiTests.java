package io.eksplanner.topology;

import org.springframework.test.context.TestPropertySource;

/** The Gateway API resources' storage and CRUD on the default embedded H2 file database. */
@TestPropertySource(properties = "planner.data-dir=target/test-data/h2-gateway-${random.uuid}")
class H2GatewayApiTests extends GatewayApiContract {}
