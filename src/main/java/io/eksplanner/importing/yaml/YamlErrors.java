package io.eksplanner.importing.yaml;

import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.importing.report.ImportRejected;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/** snakeyaml-engine's errors and the limits' refusals as an {@link ImportRejected} with one problem that says where. */
final class YamlErrors {

    private YamlErrors() {}

    static ImportRejected rejected(Integer document, String message) {
        var problem = new ImportProblem(document, null, null, message);
        return new ImportRejected(message, List.of(problem));
    }

    /** The error's context and problem, and the line and column it points at. */
    static String describe(MarkedYamlEngineException e) {
        var mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        var text = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (e.getContext() != null && !e.getContext().isBlank()) {
            text = e.getContext() + "; " + text;
        }
        return text + at(mark);
    }

    static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }
}
