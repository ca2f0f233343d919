package io.eksplanner.topology;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stores cluster aggregates, children included. */
interface ClusterRepository extends JpaRepository<Cluster, Long> {

    Optional<Cluster> findByName(String name);

    boolean existsByName(String name);

    /** Loads the cluster with its row locked until the transaction ends, so that writers take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cluster c where c.name = :name")
    Optional<Cluster> findByNameForUpdate(String name);

    @Query(
            value = "select new io.eksplanner.topology.ClusterSummary(c.name, c.region, c.kubernetesVersion,"
                    + " c.version, c.createdAt, c.updatedAt, size(c.subnets), size(c.nodeGroups),"
                    + " size(c.workloads), size(c.services), size(c.ingresses)) from Cluster c",
            countQuery = "select count(c) from Cluster c")
    Page<ClusterSummary> findSummaries(Pageable pageable);
}
