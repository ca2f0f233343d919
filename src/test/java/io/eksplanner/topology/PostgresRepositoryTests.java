package io.eksplanner.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import io.eksplanner.topology.spec.TopologyDocument;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The cluster aggregate's mapping on PostgreSQL: Flyway's schema, validated by Hibernate, and the queries. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@RequiresPostgres
class PostgresRepositoryTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    ClusterRepository clusters;

    /** The canonical document, its Gateway API collections given empty, as every omitted collection reads back. */
    private static TopologyDocument canonical(String name) {
        var tree = Canonical.named(name);
        GatewayApiContract.GATEWAY_COLLECTIONS.forEach(tree::putArray);
        return JsonMapper.builder().build().readValue(ApiClient.json(tree), TopologyDocument.class);
    }

    @Test
    void storesTheWholeAggregateAndReadsItBackEqual() {
        var document = canonical("stored");

        clusters.saveAndFlush(new Cluster(document, Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(clusters.findByName("stored"))
                .get()
                .extracting(Cluster::toDocument)
                .isEqualTo(document);
    }

    @Test
    void summarisesClustersWithTheirChildCounts() {
        clusters.saveAndFlush(new Cluster(canonical("b-cluster"), Instant.now()));
        clusters.saveAndFlush(new Cluster(canonical("a-cluster"), Instant.now()));

        var page = clusters.findSummaries(PageRequest.of(0, 10, Sort.by("name")));

        assertThat(page.getContent()).extracting(summary -> summary.name()).containsExactly("a-cluster", "b-cluster");
        var summary = page.getContent().get(0);
        assertThat(summary.subnets()).isEqualTo(6);
        assertThat(summary.nodeGroups()).isEqualTo(1);
        assertThat(summary.services()).isEqualTo(1);
        assertThat(summary.ingresses()).isZero();
    }

    @Test
    void locksTheClusterRowForAWriter() {
        clusters.saveAndFlush(new Cluster(canonical("locked"), Instant.now()));

        assertThat(clusters.findByNameForUpdate("locked")).isPresent();
        assertThat(clusters.findByNameForUpdate("missing")).isEmpty();
    }

    @Test
    void movesTheVersionWhenOnlyAChildChanges() {
        var cluster = clusters.saveAndFlush(new Cluster(canonical("touched"), Instant.now()));
        long before = cluster.version();

        cluster.subnets().remove(0);
        cluster.touch(Instant.now());
        clusters.flush();

        assertThat(cluster.version()).isEqualTo(before + 1);
    }
}
