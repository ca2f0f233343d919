package io.eksplanner.common.web;

import io.eksplanner.common.FieldProblem;
import java.util.List;

/** A query parameter the operation does not take: refused, as an unknown JSON property is. */
class UnknownParameter extends RuntimeException {

    private final List<FieldProblem> errors;

    UnknownParameter(List<String> unknown, List<String> known) {
        super((unknown.size() == 1 ? "unknown query parameter '" : "unknown query parameters '")
                + String.join("', '", unknown) + "'");
        var expected =
                known.isEmpty() ? "this operation takes no query parameters" : "known: " + String.join(", ", known);
        this.errors = unknown.stream()
                .map(name -> new FieldProblem(name, "is not a parameter of this operation; " + expected, null))
                .toList();
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
