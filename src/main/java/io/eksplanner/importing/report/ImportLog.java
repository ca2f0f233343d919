package io.eksplanner.importing.report;

import io.eksplanner.importing.report.ImportReport.IgnoredObject;
import io.eksplanner.importing.report.ImportReport.ReadObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while an import runs, what was read, defaulted and ignored, and every problem found. Public because the
 * readers of the eksctl and manifests packages write to it.
 */
public final class ImportLog {

    private final List<ReadObject> read = new ArrayList<>();
    private final List<String> defaults = new ArrayList<>();
    private final List<IgnoredObject> ignored = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    public void read(int document, String apiVersion, String kind, String namespace, String name) {
        read.add(new ReadObject(document, apiVersion, kind, namespace, name));
    }

    /**
     * Records a default applied, in a sentence that says what and why ("vpc.cidr: eksctl's default 192.168.0.0/16").
     */
    public void defaulted(String sentence) {
        defaults.add(sentence);
    }

    public void ignored(int document, String apiVersion, String kind, String namespace, String name, String reason) {
        ignored.add(new IgnoredObject(document, apiVersion, kind, namespace, name, reason));
    }

    public void problem(Integer document, String object, String field, String message) {
        problems.add(new ImportProblem(document, object, field, message));
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws {@link ImportRejected} when any problem was recorded. */
    public void rejectIfProblems() {
        if (!problems.isEmpty()) {
            throw new ImportRejected(
                    problems.size() == 1
                            ? problems.get(0).message()
                            : problems.size() + " documents or fields cannot be imported; see errors",
                    problems);
        }
    }

    public ImportReport report() {
        return new ImportReport(read, defaults, ignored);
    }
}
