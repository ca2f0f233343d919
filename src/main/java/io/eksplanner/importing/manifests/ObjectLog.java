package io.eksplanner.importing.manifests;

import io.eksplanner.importing.report.ImportLog;

/**
 * The import log as one manifest object writes to it: problems at a field path inside the object (after the path
 * prefix of a List item, such as {@code items[2].}), defaults under the object's label ({@code Kind/namespace/name}),
 * and what was read or ignored, under the document's index.
 */
record ObjectLog(int document, String prefix, String object, ImportLog log) {

    void problem(String field, String message) {
        log.problem(document, object, prefix + field, message);
    }

    void defaulted(String sentence) {
        log.defaulted(object + " " + sentence);
    }

    void read(String apiVersion, String kind, String namespace, String name) {
        log.read(document, apiVersion, kind, namespace, name);
    }

    void ignored(String apiVersion, String kind, String namespace, String name, String reason) {
        log.ignored(document, apiVersion, kind, namespace, name, reason);
    }

    /** How many problems the whole import has recorded so far. */
    int problemCount() {
        return log.problems().size();
    }
}
