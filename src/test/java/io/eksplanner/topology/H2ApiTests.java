package io.eksplanner.topology;

import org.springframework.test.context.TestPropertySource;

/** The topology API's contract on the default embedded H2 file database. */
@TestPropertySource(properties = "planner.data-dir=target/test-data/h2-api-${random.uuid}")
class H2ApiTests extends TopologyApiContract {}
