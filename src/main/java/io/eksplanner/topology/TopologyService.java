package io.eksplanner.topology;

import io.eksplanner.common.FieldProblem;
import io.eksplanner.common.IfMatch;
import io.eksplanner.common.InvalidRequest;
import io.eksplanner.topology.model.SizeLimits;
import io.eksplanner.topology.spec.TopologyDocument;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, replaces and deletes cluster topologies and their children. Every write locks the cluster row
 * first, checks the caller's {@code If-Match} against the version it finds, and moves the version on, so that of
 * two writers holding the same ETag exactly one wins. Public: {@code importing}, {@code importing.web}, {@code
 * planning.web} and {@code topology.web} use it.
 */
@Service
@Transactional
public class TopologyService {

    private final ClusterRepository clusters;
    private final RevisionService revisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final SizeLimits limits;

    TopologyService(
            ClusterRepository clusters, RevisionService revisions, AuditTrail audit, Clock clock, SizeLimits limits) {
        this.clusters = clusters;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** Stores a new cluster; throws {@link ClusterNameTaken} when the name is in use. */
    public Versioned<TopologyDocument> create(TopologyDocument document) {
        return create(document, WriteOperation.CREATE);
    }

    /**
     * Stores a new cluster, recorded as {@code operation} ({@link WriteOperation#IMPORT} for an import); throws
     * {@link ClusterNameTaken} when the name is in use. A new cluster starts a new history, even under the name of a
     * deleted one.
     */
    public Versioned<TopologyDocument> create(TopologyDocument document, WriteOperation operation) {
        if (clusters.existsByName(document.name())) {
            throw new ClusterNameTaken(document.name());
        }
        limits.check(document.toTopology());
        var cluster = clusters.saveAndFlush(new Cluster(document, clock.instant()));
        var stored = cluster.toDocument();
        audit.written(cluster, stored, Write.of(operation), cluster.updatedAt());
        return new Versioned<>(stored, cluster.version());
    }

    /** One page of cluster summaries, in the order the pageable asks. */
    @Transactional(readOnly = true)
    public Page<ClusterSummary> list(Pageable pageable) {
        if (pageable.getOffset() > Integer.MAX_VALUE) {
            // No query can skip that far (JPA offsets are ints); a page past the end is empty, as it is for any
            // other page past the end, rather than an error.
            return new PageImpl<>(List.of(), pageable, clusters.count());
        }
        return clusters.findSummaries(pageable);
    }

    /** The whole topology of the named cluster. */
    @Transactional(readOnly = true)
    public Versioned<TopologyDocument> get(String name) {
        var cluster = find(name);
        return new Versioned<>(cluster.toDocument(), cluster.version());
    }

    /** Replaces the named cluster's whole topology; the document's name must be the cluster's. */
    public Versioned<TopologyDocument> replace(String name, TopologyDocument document, IfMatch ifMatch) {
        requireSame("name", name, document.name());
        var cluster = lockForWrite(name, ifMatch);
        cluster.replaceWith(document);
        return written(cluster, Write.of(WriteOperation.REPLACE));
    }

    /**
     * Replaces the named cluster's whole topology with what {@code merge} makes of the stored one, with the row locked
     * from the read to the write, so that no other write lands in between and is lost. {@code merge} may refuse by
     * throwing, and nothing is written; the caller's {@code If-Match} is checked against the version read once the
     * merge has accepted the document, as {@link #replace} checks a document before the version.
     */
    public Versioned<TopologyDocument> apply(String name, UnaryOperator<TopologyDocument> merge, IfMatch ifMatch) {
        var cluster = clusters.findByNameForUpdate(name).orElseThrow(() -> new ClusterNotFound(name));
        var document = merge.apply(cluster.toDocument());
        requireSame("name", name, document.name());
        ifMatch.check(cluster.version());
        audit.baselineIfMissing(cluster);
        cluster.replaceWith(document);
        return written(cluster, Write.of(WriteOperation.IMPORT_APPLY));
    }

    /**
     * Deletes the named cluster and everything in it. Its revisions stay, with the delete as the last, until {@code
     * planner.revisions.retention} has passed, so that a restore can undo it.
     */
    public void delete(String name, IfMatch ifMatch) {
        var cluster = lockForWrite(name, ifMatch);
        audit.deleted(cluster, Write.of(WriteOperation.DELETE), clock.instant());
        clusters.delete(cluster);
    }

    /**
     * Makes the document of revision {@code version} current again as a new version (src/docs/domain-rules.md §7): of
     * the named cluster's history, or, while no cluster holds the name, of the history most recently deleted under
     * it, which is then stored again and continues that history. {@code ifMatch} is checked against the cluster's
     * version, or the deleted history's last (its delete's).
     */
    public Restored restore(String name, long version, IfMatch ifMatch) {
        var live = clusters.findByNameForUpdate(name);
        if (live.isPresent()) {
            var cluster = live.get();
            var document = revisions.document(cluster.historyId(), name, version);
            ifMatch.check(cluster.version());
            audit.baselineIfMissing(cluster);
            cluster.replaceWith(document);
            return new Restored(written(cluster, Write.restoring(version)), false);
        }
        var latest = revisions.latestOfFreeName(name);
        var document = revisions.document(latest.historyId(), name, version);
        ifMatch.check(latest.version());
        limits.check(document.toTopology());
        var cluster =
                clusters.saveAndFlush(new Cluster(document, clock.instant(), latest.historyId(), latest.version() + 1));
        var stored = cluster.toDocument();
        audit.written(cluster, stored, Write.restoring(version), cluster.updatedAt());
        return new Restored(new Versioned<>(stored, cluster.version()), true);
    }

    /** What a restore stored, and whether it stored a deleted cluster again (a create) rather than replacing one. */
    public record Restored(Versioned<TopologyDocument> stored, boolean created) {}

    /** The children of one collection, in order. */
    @Transactional(readOnly = true)
    public <S> Versioned<List<S>> listChildren(String name, ChildCollection<S> collection) {
        var cluster = find(name);
        List<S> specs =
                cluster.children(collection).stream().map(ClusterChild::toSpec).toList();
        return new Versioned<>(specs, cluster.version());
    }

    /** One child. */
    @Transactional(readOnly = true)
    public <S> Versioned<S> getChild(String name, ChildCollection<S> collection, ChildKey key) {
        var cluster = find(name);
        return new Versioned<>(child(cluster, collection, key).toSpec(), cluster.version());
    }

    /** Appends a child; throws {@link ChildNameTaken} when its key is in use. */
    public <S> Versioned<S> createChild(String name, ChildCollection<S> collection, S spec, IfMatch ifMatch) {
        var cluster = lockForWrite(name, ifMatch);
        var key = collection.keyOf(spec);
        if (cluster.children(collection).stream().anyMatch(child -> child.key().equals(key))) {
            throw new ChildNameTaken(name, collection, key);
        }
        cluster.addChild(collection, spec);
        long version = written(cluster, Write.ofChild(WriteOperation.CREATE_CHILD, collection, key))
                .version();
        return new Versioned<>(child(cluster, collection, key).toSpec(), version);
    }

    /** Replaces a child in place, keeping its position; its key must be the one addressed. */
    public <S> Versioned<S> replaceChild(
            String name, ChildCollection<S> collection, ChildKey key, S spec, IfMatch ifMatch) {
        var given = collection.keyOf(spec);
        if (collection.namespaced()) {
            requireSame("namespace", key.namespace(), given.namespace());
        }
        requireSame("name", key.name(), given.name());
        var cluster = lockForWrite(name, ifMatch);
        var child = child(cluster, collection, key);
        child.apply(spec);
        return new Versioned<>(
                child.toSpec(),
                written(cluster, Write.ofChild(WriteOperation.REPLACE_CHILD, collection, key))
                        .version());
    }

    /** Deletes a child and returns the cluster's new version. */
    public long deleteChild(String name, ChildCollection<?> collection, ChildKey key, IfMatch ifMatch) {
        var cluster = lockForWrite(name, ifMatch);
        child(cluster, collection, key);
        cluster.removeChild(collection, key);
        return written(cluster, Write.ofChild(WriteOperation.DELETE_CHILD, collection, key))
                .version();
    }

    private Cluster find(String name) {
        return clusters.findByName(name).orElseThrow(() -> new ClusterNotFound(name));
    }

    private Cluster lockForWrite(String name, IfMatch ifMatch) {
        var cluster = clusters.findByNameForUpdate(name).orElseThrow(() -> new ClusterNotFound(name));
        ifMatch.check(cluster.version());
        audit.baselineIfMissing(cluster);
        return cluster;
    }

    /**
     * Marks the cluster written and flushes, so that the returned version is the one now stored, and records the
     * write as a revision and an audit line. A topology past the size limits is refused here, rolling the write
     * back, so that every stored topology can be planned. Answers the document as stored (converted once: the write's
     * time is not part of it) with its new version.
     */
    private Versioned<TopologyDocument> written(Cluster cluster, Write write) {
        var document = cluster.toDocument();
        limits.check(document.toTopology());
        cluster.touch(clock.instant());
        clusters.flush();
        audit.written(cluster, document, write, cluster.updatedAt());
        return new Versioned<>(document, cluster.version());
    }

    private static <S> ClusterChild<S> child(Cluster cluster, ChildCollection<S> collection, ChildKey key) {
        return cluster.children(collection).stream()
                .filter(child -> child.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ChildNotFound(cluster.name(), collection, key));
    }

    private static void requireSame(String field, String inPath, String inBody) {
        if (!Objects.equals(inPath, inBody)) {
            throw new InvalidRequest(
                    "the body's " + field + " must be the one in the URL",
                    List.of(new FieldProblem(
                            field, "must equal \"" + inPath + "\" from the URL; renaming is not supported", inBody)));
        }
    }
}
