package io.eksplanner.topology;

/**
 * Who made a write and what it was, before it is recorded as a revision and an audit line.
 *
 * @param principal who: the authenticated name, or {@code anonymous}
 * @param operation what kind of write
 * @param childKind the child collection's path segment ({@code node-groups}), or null for a whole-cluster write
 * @param childKey the child's key ({@code namespace/name} or {@code name}), or null
 * @param restoredFrom the version a restore made current again, or null
 */
record Write(String principal, WriteOperation operation, String childKind, String childKey, Long restoredFrom) {

    static Write of(WriteOperation operation) {
        return new Write(Principals.current(), operation, null, null, null);
    }

    static Write ofChild(WriteOperation operation, ChildCollection<?> collection, ChildKey key) {
        return new Write(Principals.current(), operation, collection.path(), key.toString(), null);
    }

    static Write restoring(long version) {
        return new Write(Principals.current(), WriteOperation.RESTORE, null, null, version);
    }
}
