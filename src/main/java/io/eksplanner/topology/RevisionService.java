package io.eksplanner.topology;

import io.eksplanner.topology.spec.TopologyDocument;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a cluster's revisions (src/docs/domain-rules.md §7) and purges those of deleted clusters once they expire.
 * The revisions of a name are those of the cluster that holds it; while no cluster holds it, those of the cluster
 * most recently deleted under it. Public: {@code topology.web} uses it.
 */
@Service
@Transactional(readOnly = true)
public class RevisionService {

    private static final Logger log = LoggerFactory.getLogger(RevisionService.class);

    private final ClusterRepository clusters;
    private final RevisionRepository revisions;
    private final AuditTrail audit;
    private final RevisionSettings settings;
    private final Clock clock;

    RevisionService(
            ClusterRepository clusters,
            RevisionRepository revisions,
            AuditTrail audit,
            RevisionSettings settings,
            Clock clock) {
        this.clusters = clusters;
        this.revisions = revisions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of the named cluster's revisions, newest first. */
    public Page<Revision> list(String name, Pageable pageable) {
        var history = historyOf(name);
        if (pageable.getOffset() > Integer.MAX_VALUE) {
            // As for the cluster list: no query skips that far, and a page past the end is empty.
            return new PageImpl<>(List.of(), pageable, revisions.countByHistoryId(history));
        }
        var newestFirst = PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "version"));
        return revisions.findByHistoryId(history, newestFirst).map(ClusterRevision::toRevision);
    }

    /** The whole document the named cluster held at {@code version}. */
    public TopologyDocument document(String name, long version) {
        return document(historyOf(name), name, version);
    }

    /** The document of one revision of a history; a delete, which holds none, is not found either. */
    TopologyDocument document(String historyId, String name, long version) {
        var revision = revisions
                .findByHistoryIdAndVersion(historyId, version)
                .orElseThrow(() -> new RevisionNotFound(name, version, false));
        if (revision.document() == null) {
            throw new RevisionNotFound(name, version, true);
        }
        return audit.document(revision);
    }

    /** The newest revision of the history most recently deleted under a name no cluster holds. */
    ClusterRevision latestOfFreeName(String name) {
        var latest = revisions.findFirstByClusterNameOrderByIdDesc(name).orElseThrow(() -> new ClusterNotFound(name));
        return revisions
                .findFirstByHistoryIdOrderByVersionDesc(latest.historyId())
                .orElseThrow(() -> new ClusterNotFound(name));
    }

    private String historyOf(String name) {
        return clusters.findByName(name)
                .map(Cluster::historyId)
                .orElseGet(() -> revisions
                        .findFirstByClusterNameOrderByIdDesc(name)
                        .map(ClusterRevision::historyId)
                        .orElseThrow(() -> new ClusterNotFound(name)));
    }

    /**
     * Deletes the revisions of every deleted cluster whose last write (its delete) is older than {@code
     * planner.revisions.retention}. Every instance runs it; a second run finds nothing left to delete.
     */
    @Scheduled(
            initialDelayString = "${planner.revisions.purge-interval:1h}",
            fixedDelayString = "${planner.revisions.purge-interval:1h}")
    @Transactional
    public int purgeExpired() {
        int purged = revisions.deleteExpired(clock.instant().minus(settings.retention()));
        if (purged > 0) {
            log.info("purged {} revision(s) of clusters deleted more than {} ago", purged, settings.retention());
        }
        return purged;
    }
}
