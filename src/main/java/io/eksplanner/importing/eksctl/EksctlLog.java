package io.eksplanner.importing.eksctl;

import io.eksplanner.importing.report.ImportLog;

/**
 * The import log as one ClusterConfig document writes to it: problems at a field path under the document's index and
 * its label ({@code ClusterConfig}, then {@code ClusterConfig/NAME} once the name is read), defaults as sentences.
 */
final class EksctlLog {

    private final ImportLog log;
    private final int index;
    private String object = EksctlReader.KIND;

    EksctlLog(ImportLog log, int index) {
        this.log = log;
        this.index = index;
    }

    /** Labels the problems from here on with the cluster's name, when it has one. */
    void named(String name) {
        if (name != null) {
            object = EksctlReader.KIND + "/" + name;
        }
    }

    void problem(String field, String message) {
        log.problem(index, object, field, message);
    }

    void defaulted(String sentence) {
        log.defaulted(sentence);
    }

    void read(String apiVersion, String kind, String name) {
        log.read(index, apiVersion, kind, null, name);
    }
}
