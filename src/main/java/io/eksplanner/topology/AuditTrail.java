package io.eksplanner.topology;

import io.eksplanner.topology.spec.TopologyDocument;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every write twice (src/docs/domain-rules.md §7): as a revision holding the whole document, in the write's
 * own transaction, so that a write and its revision commit or roll back together; and, once committed, as one line
 * of the {@code io.eksplanner.audit} log.
 */
@Component
class AuditTrail {

    /** The audit log's logger: one line per committed write, {@code key=value} fields. */
    static final Logger AUDIT = LoggerFactory.getLogger("io.eksplanner.audit");

    /** Who a baseline revision is recorded as: the planner itself, which found the state already stored. */
    static final String SYSTEM = "system";

    private final RevisionRepository revisions;
    private final JsonMapper json;
    private final RevisionSettings settings;

    AuditTrail(RevisionRepository revisions, JsonMapper json, RevisionSettings settings) {
        this.revisions = revisions;
        this.json = json;
        this.settings = settings;
    }

    /**
     * Keeps the state a cluster stored before revisions were kept (a database from before this version) as its
     * first revision, before the first write to it changes it; does nothing for a cluster that has revisions.
     */
    void baselineIfMissing(Cluster cluster) {
        if (!revisions.existsByHistoryId(cluster.historyId())) {
            var write = new Write(SYSTEM, WriteOperation.BASELINE, null, null, null);
            revisions.save(new ClusterRevision(
                    cluster.historyId(),
                    cluster.name(),
                    cluster.version(),
                    cluster.updatedAt(),
                    write,
                    json.writeValueAsString(cluster.toDocument())));
        }
    }

    /** Records a write that left the cluster at its current version holding {@code document}. */
    void written(Cluster cluster, TopologyDocument document, Write write, Instant at) {
        var revision = new ClusterRevision(
                cluster.historyId(), cluster.name(), cluster.version(), at, write, json.writeValueAsString(document));
        revisions.save(revision);
        if (settings.maxPerCluster() > 0) {
            revisions.deleteOlderThan(cluster.historyId(), cluster.version() - settings.maxPerCluster() + 1);
        }
        logOnCommit(cluster.name(), cluster.version(), write, at);
    }

    /**
     * Records the delete of a cluster as the next version of its history, with no document; the history's earlier
     * revisions stay until {@code planner.revisions.retention} has passed.
     */
    void deleted(Cluster cluster, Write write, Instant at) {
        long version = cluster.version() + 1;
        revisions.save(new ClusterRevision(cluster.historyId(), cluster.name(), version, at, write, null));
        logOnCommit(cluster.name(), version, write, at);
    }

    /** The document a revision holds. */
    TopologyDocument document(ClusterRevision revision) {
        return json.readValue(revision.document(), TopologyDocument.class);
    }

    private static void logOnCommit(String cluster, long version, Write write, Instant at) {
        var line = line(cluster, version, write, at);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            AUDIT.info(line);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                AUDIT.info(line);
            }
        });
    }

    /** {@code operation=replace cluster=demo version=3 principal=alice at=…}, values quoted where they need it. */
    static String line(String cluster, long version, Write write, Instant at) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("operation", write.operation().wireName());
        fields.put("cluster", cluster);
        fields.put("version", version);
        fields.put("principal", write.principal());
        fields.put("child", write.childKind() == null ? null : write.childKind() + "/" + write.childKey());
        fields.put("restoredFrom", write.restoredFrom());
        fields.put("at", at);
        return format(fields);
    }

    private static String format(Map<String, Object> fields) {
        var line = new StringBuilder();
        fields.forEach((key, value) -> {
            if (value != null) {
                line.append(line.isEmpty() ? "" : " ").append(key).append('=').append(quoted(value.toString()));
            }
        });
        return line.toString();
    }

    /** A value as it is when it is plain, else in double quotes with quotes, backslashes and controls escaped. */
    static String quoted(String value) {
        if (!value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '"' && c != '=' && c != '\\')) {
            return value;
        }
        var quoted = new StringBuilder("\"");
        value.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
            } else if (c < ' ' || c == 0x7f) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.append('"').toString();
    }
}
