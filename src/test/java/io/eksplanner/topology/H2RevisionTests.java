package io.eksplanner.topology;

import org.springframework.test.context.TestPropertySource;

/** Audit and revisions on the default embedded H2 file database. */
@TestPropertySource(properties = "planner.data-dir=target/test-data/h2-revisions-${random.uuid}")
class H2RevisionTests extends RevisionApiContract {}
