package io.eksplanner.topology;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stores the revisions of every cluster history, including those of deleted clusters until they expire. */
interface RevisionRepository extends JpaRepository<ClusterRevision, Long> {

    Page<ClusterRevision> findByHistoryId(String historyId, Pageable pageable);

    Optional<ClusterRevision> findByHistoryIdAndVersion(String historyId, long version);

    boolean existsByHistoryId(String historyId);

    long countByHistoryId(String historyId);

    /** The latest revision of the history most recently written under {@code name}: a deleted cluster's delete. */
    Optional<ClusterRevision> findFirstByClusterNameOrderByIdDesc(String name);

    /** The newest revision of one history. */
    Optional<ClusterRevision> findFirstByHistoryIdOrderByVersionDesc(String historyId);

    /** Drops a live history's oldest revisions, keeping those from {@code oldestKept} on. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ClusterRevision r where r.historyId = :historyId and r.version < :oldestKept")
    int deleteOlderThan(String historyId, long oldestKept);

    /** Drops every history that no cluster holds and that nobody has written since {@code cutoff}. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ClusterRevision r where r.historyId in (select x.historyId from ClusterRevision x"
            + " group by x.historyId having max(x.recordedAt) < :cutoff)"
            + " and r.historyId not in (select c.historyId from Cluster c)")
    int deleteExpired(Instant cutoff);
}
