package io.eksplanner.importing.web;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.common.web.ProblemWriter;
import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.report.ImportTooLarge;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused import as an RFC 9457 problem listing every error with its document index, object and field. Ordered
 * before the general handler, whose catch-all would otherwise take it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemHandler {

    private final ProblemWriter problems;

    ImportProblemHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected exception, HttpServletRequest request) {
        var problem = problems.problem(ProblemType.IMPORT_REJECTED, exception.getMessage(), request.getRequestURI());
        problem.setProperty("errors", exception.problems());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** YAML that expands past the configured size once its aliases are resolved: 413, naming the limit. */
    @ExceptionHandler(ImportTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(ImportTooLarge exception, HttpServletRequest request) {
        var problem = problems.problem(ProblemType.IMPORT_TOO_LARGE, exception.getMessage(), request.getRequestURI());
        problem.setProperty("limit", ImportTooLarge.LIMIT);
        problem.setProperty("maximum", exception.maximum());
        problem.setProperty("errors", exception.problems());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
