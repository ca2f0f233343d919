package io.eksplanner.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.support.PostgresTestDatabase;
import io.eksplanner.support.RequiresPostgres;
import io.eksplanner.topology.spec.GatewayClassSpec;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
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

    /**
     * The database keeps the key rules too, GatewayClasses included: their namespace is stored as '' rather than NULL,
     * which PostgreSQL would let repeat under a unique constraint.
     */
    @Test
    void refusesTwoGatewayResourcesOfOneKindAndKeyInTheDatabase() {
        var gatewayClass = new GatewayClassSpec("aws-alb", "gateway.k8s.aws/alb", null);
        var twoClasses = new Cluster(canonical("classes"), Instant.now());
        twoClasses.addGatewayResource(GatewayKind.GATEWAY_CLASSES, gatewayClass);
        twoClasses.addGatewayResource(GatewayKind.GATEWAY_CLASSES, gatewayClass);

        assertThatThrownBy(() -> clusters.saveAndFlush(twoClasses)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void letsOneNameServeDifferentKindsAndNamespaces() {
        var cluster = new Cluster(canonical("apart"), Instant.now());
        cluster.addGatewayResource(GatewayKind.TCP_ROUTES, new L4RouteSpec("db", "data", null, null, null));
        cluster.addGatewayResource(GatewayKind.UDP_ROUTES, new L4RouteSpec("db", "data", null, null, null));
        cluster.addGatewayResource(GatewayKind.UDP_ROUTES, new L4RouteSpec("db", "other", null, null, null));

        clusters.saveAndFlush(cluster);

        var stored = clusters.findByName("apart").orElseThrow().toDocument();
        assertThat(stored.tcpRoutes()).extracting(L4RouteSpec::namespace).containsExactly("data");
        assertThat(stored.udpRoutes()).extracting(L4RouteSpec::namespace).containsExactly("data", "other");
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
