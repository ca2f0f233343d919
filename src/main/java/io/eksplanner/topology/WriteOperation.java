package io.eksplanner.topology;

import java.util.Locale;

/**
 * What a write to a cluster did, as the revision list and the audit log name it (src/docs/domain-rules.md §7).
 * Public: {@code importing} names the writes its imports make.
 */
public enum WriteOperation {
    /** {@code POST /clusters}. */
    CREATE,
    /** {@code PUT /clusters/{name}}. */
    REPLACE,
    /** {@code DELETE /clusters/{name}}. */
    DELETE,
    /** A child added: {@code POST /clusters/{name}/{kinds}}. */
    CREATE_CHILD,
    /** A child replaced in place. */
    REPLACE_CHILD,
    /** A child removed. */
    DELETE_CHILD,
    /** A cluster created by a YAML import. */
    IMPORT,
    /** YAML applied to a stored cluster, the way {@code kubectl apply} does. */
    IMPORT_APPLY,
    /** A revision made current again. */
    RESTORE,
    /** The state a cluster stored before revisions were kept, recorded on its first write after the upgrade. */
    BASELINE;

    /** The name on the wire and in the log, such as {@code create-child}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
