package io.eksplanner.topology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One write to a cluster, kept as a revision of its history (src/docs/domain-rules.md §7): who wrote, when, what,
 * and the whole topology document as JSON at the version the write made; a delete keeps no document. Rows are
 * written once and never changed.
 */
@Entity
class ClusterRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String historyId;
    private String clusterName;
    private long version;
    private Instant recordedAt;
    private String principal;
    private String operation;
    private String childKind;
    private String childKey;
    private Long restoredFrom;

    @Column(name = "document")
    private String document;

    protected ClusterRevision() {}

    ClusterRevision(String historyId, String clusterName, long version, Instant recordedAt, Write write, String json) {
        this.historyId = historyId;
        this.clusterName = clusterName;
        this.version = version;
        this.recordedAt = recordedAt;
        this.principal = write.principal();
        this.operation = write.operation().wireName();
        this.childKind = write.childKind();
        this.childKey = write.childKey();
        this.restoredFrom = write.restoredFrom();
        this.document = json;
    }

    String historyId() {
        return historyId;
    }

    String clusterName() {
        return clusterName;
    }

    long version() {
        return version;
    }

    String document() {
        return document;
    }

    boolean isDelete() {
        return WriteOperation.DELETE.wireName().equals(operation);
    }

    /** The entry the revision list shows. */
    Revision toRevision() {
        var child = childKind == null ? null : new Revision.Child(childKind, childKey);
        return new Revision(version, recordedAt, principal, operation, child, restoredFrom, document != null);
    }
}
