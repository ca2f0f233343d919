package io.eksplanner.common.web;

import io.eksplanner.common.FieldProblem;
import io.eksplanner.common.InvalidRequest;
import io.eksplanner.common.LimitExceeded;
import io.eksplanner.common.NameTaken;
import io.eksplanner.common.PlanningDeadlineExceeded;
import io.eksplanner.common.PreconditionFailed;
import io.eksplanner.common.ResourceNotFound;
import io.eksplanner.common.StorableText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into an RFC 9457 problem response with a stable {@link ProblemType}: what went wrong, which
 * field and why, and never a stack trace. A client's mistake is a 4xx; only the planner's own faults are 500s.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemWriter problems;

    ProblemHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<Object> notFound(ResourceNotFound exception, HttpServletRequest request) {
        var problem = problem(ProblemType.NOT_FOUND, exception.getMessage(), request, List.of());
        exception.properties().forEach(problem::setProperty);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(NameTaken.class)
    ResponseEntity<Object> nameTaken(NameTaken exception, HttpServletRequest request) {
        return respond(ProblemType.NAME_TAKEN, exception.getMessage(), request, List.of());
    }

    @ExceptionHandler(PreconditionFailed.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailed exception, HttpServletRequest request) {
        var problem = problem(ProblemType.PRECONDITION_FAILED, exception.getMessage(), request, List.of());
        return ResponseEntity.status(problem.getStatus())
                .eTag(Long.toString(exception.currentVersion()))
                .body(problem);
    }

    /** A topology past a size limit: 413, which failOn's 422 for findings never means. */
    @ExceptionHandler(LimitExceeded.class)
    ResponseEntity<Object> limitExceeded(LimitExceeded exception, HttpServletRequest request) {
        var problem = problem(ProblemType.PLAN_TOO_LARGE, exception.getMessage(), request, List.of());
        problem.setProperty("limit", exception.limit());
        problem.setProperty("value", exception.value());
        problem.setProperty("maximum", exception.maximum());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A plan stopped at {@code planner.planning.deadline}: 503, naming the deadline in milliseconds. */
    @ExceptionHandler(PlanningDeadlineExceeded.class)
    ResponseEntity<Object> deadlineExceeded(PlanningDeadlineExceeded exception, HttpServletRequest request) {
        log.info("plan stopped: {}", exception.getMessage());
        var problem = problem(ProblemType.PLANNING_DEADLINE_EXCEEDED, exception.getMessage(), request, List.of());
        problem.setProperty("deadlineMillis", exception.deadline().toMillis());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> invalidRequest(InvalidRequest exception, HttpServletRequest request) {
        return respond(ProblemType.INVALID_FIELDS, exception.getMessage(), request, exception.errors());
    }

    /** A writer that lost a race the lock could not prevent (two creates of one name, a lock timeout). */
    @ExceptionHandler({ConcurrencyFailureException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<Object> concurrentWrite(RuntimeException exception, HttpServletRequest request) {
        log.info("concurrent write refused: {}", exception.getMessage());
        return respond(
                ProblemType.CONCURRENT_WRITE,
                "another request changed this cluster at the same time; read it again and retry",
                request,
                List.of());
    }

    /** Unique names are checked before writing, so a violation here is a concurrent create of the same name. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrityViolation(DataIntegrityViolationException exception, HttpServletRequest request) {
        if (isDataException(exception)) {
            // SQL's class 22, a value the column cannot hold: the same request fails every time, so it is the
            // client's 400 and no race to retry. Field checks catch these first; this keeps a gap from being a 409.
            log.warn(
                    "write refused by the database as data: {}",
                    exception.getMostSpecificCause().getMessage());
            return respond(
                    ProblemType.INVALID_FIELDS,
                    "a value is longer than the planner stores, or holds a character it cannot store",
                    request,
                    List.of());
        }
        log.info(
                "write refused by a database constraint: {}",
                exception.getMostSpecificCause().getMessage());
        return respond(
                ProblemType.CONCURRENT_WRITE,
                "another request wrote a resource of the same name at the same time; read again and retry",
                request,
                List.of());
    }

    private static boolean isDataException(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(UnknownParameter.class)
    ResponseEntity<Object> unknownParameter(UnknownParameter exception, HttpServletRequest request) {
        return respond(ProblemType.UNKNOWN_PARAMETER, exception.getMessage(), request, exception.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> parameterMismatch(
            MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
        var expected = exception.getRequiredType() == null || FieldPaths.describe(exception.getRequiredType()) == null
                ? "a valid value"
                : FieldPaths.describe(exception.getRequiredType());
        return respond(
                ProblemType.INVALID_PARAMETER,
                "parameter '" + exception.getName() + "' must be " + expected,
                request,
                List.of(new FieldProblem(exception.getName(), "must be " + expected, exception.getValue())));
    }

    /** A multipart body without a boundary, or cut short: the client's framing, not a fault of the planner. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException exception, HttpServletRequest request) {
        log.info("multipart body refused: {}", exception.getMostSpecificCause().getMessage());
        return respond(
                ProblemType.MALFORMED_MULTIPART,
                "the multipart/form-data body could not be read: it has no boundary, or it ends before its last"
                        + " part",
                request,
                List.of());
    }

    /** A query string whose percent-escapes do not decode as UTF-8 (the bytes of a lone surrogate, say). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(InvalidParameterException exception, HttpServletRequest request) {
        log.info("query string refused: {}", exception.getMessage());
        return respond(
                ProblemType.INVALID_PARAMETER,
                "a query parameter is not valid UTF-8 once its percent-escapes are decoded",
                request,
                List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
        return respond(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.genericDetail(), request, List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        exception.getBindingResult().getAllErrors().forEach(error -> {
            if (error.contains(ConstraintViolation.class)) {
                var violation = error.unwrap(ConstraintViolation.class);
                errors.add(new FieldProblem(
                        FieldPaths.fieldPath(violation.getPropertyPath()),
                        violation.getMessage(),
                        FieldPaths.scalar(violation.getInvalidValue())));
            } else if (error instanceof FieldError fieldError) {
                errors.add(new FieldProblem(
                        fieldError.getField(),
                        fieldError.getDefaultMessage(),
                        FieldPaths.scalar(fieldError.getRejectedValue())));
            } else {
                errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage(), null));
            }
        });
        errors.sort(Comparator.comparing(FieldProblem::field));
        var detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are ill-formed; see errors";
        return respond(ProblemType.INVALID_FIELDS, detail, servletRequest(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        boolean body = false;
        for (var result : exception.getParameterValidationResults()) {
            var name = result.getMethodParameter().getParameterName();
            for (var error : result.getResolvableErrors()) {
                // A request body's errors name the field inside it, as they do where no parameter is validated too.
                if (error instanceof FieldError field) {
                    body = true;
                    errors.add(new FieldProblem(
                            field.getField(), field.getDefaultMessage(), FieldPaths.scalar(field.getRejectedValue())));
                } else {
                    errors.add(
                            new FieldProblem(name, error.getDefaultMessage(), FieldPaths.scalar(result.getArgument())));
                }
            }
        }
        var detail = errors.isEmpty()
                ? "invalid request parameters"
                : errors.get(0).field() + ": " + errors.get(0).message();
        var type = body ? ProblemType.INVALID_FIELDS : ProblemType.INVALID_PARAMETER;
        return respond(type, detail, servletRequest(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var servletRequest = servletRequest(request);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLarge tooLarge) {
                return respond(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), servletRequest, List.of());
            }
            if (cause instanceof RequestBodyTooSlow tooSlow) {
                return respond(ProblemType.REQUEST_TIMEOUT, tooSlow.getMessage(), servletRequest, List.of());
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return unreadable(jackson, servletRequest);
            }
        }
        var detail = exception.getMessage() != null && exception.getMessage().startsWith("Required request body")
                ? "a request body is required"
                : "the request body could not be read as JSON";
        return respond(ProblemType.MALFORMED_JSON, detail, servletRequest, List.of());
    }

    private ResponseEntity<Object> unreadable(JacksonException exception, HttpServletRequest request) {
        var field = FieldPaths.jsonPath(exception.getPath());
        if (exception instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : "; known properties: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "));
            var message = "unknown property \"" + unknown.getPropertyName() + "\"" + known;
            return respond(
                    ProblemType.UNKNOWN_PROPERTY,
                    field + ": " + message,
                    request,
                    List.of(new FieldProblem(field, message, unknown.getPropertyName())));
        }
        if (exception instanceof StorableStrings.Unstorable) {
            return respond(
                    ProblemType.INVALID_VALUE,
                    field + ": " + StorableText.RULE,
                    request,
                    List.of(new FieldProblem(field, StorableText.RULE, null)));
        }
        if (exception instanceof InvalidFormatException invalid) {
            var message = "must be " + FieldPaths.describe(invalid.getTargetType());
            return respond(
                    ProblemType.INVALID_VALUE,
                    field + ": " + message,
                    request,
                    List.of(new FieldProblem(field, message, FieldPaths.scalar(invalid.getValue()))));
        }
        if (exception instanceof MismatchedInputException mismatched) {
            var expected = mismatched.getTargetType() == null ? null : FieldPaths.describe(mismatched.getTargetType());
            var message = expected == null ? "has the wrong JSON type for this field" : "must be " + expected;
            return respond(
                    ProblemType.INVALID_VALUE,
                    field + ": " + message,
                    request,
                    List.of(new FieldProblem(field, message, null)));
        }
        var message = exception instanceof StreamReadException read && read.getLocation() != null
                ? exception.getOriginalMessage() + " (line "
                        + read.getLocation().getLineNr() + ", column "
                        + read.getLocation().getColumnNr() + ")"
                : exception.getOriginalMessage();
        var errors = field.isEmpty() ? List.<FieldProblem>of() : List.of(new FieldProblem(field, message, null));
        return respond(ProblemType.MALFORMED_JSON, message, request, errors);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var path = servletRequest(request).getRequestURI();
        return respond(ProblemType.NOT_FOUND, "no API resource at " + path, servletRequest(request), List.of());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The framework's own errors (405, 406, 415, missing parameters or headers) get the API's types too.
        if (body instanceof ProblemDetail problem && ProblemDetail.class.equals(problem.getClass())) {
            var type = ProblemType.forStatus(status.value());
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(problems.typeOf(type));
                problem.setTitle(type.title());
            }
            problem.setInstance(
                    problems.problem(type, "", servletRequest(request).getRequestURI())
                            .getInstance());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> respond(
            ProblemType type, String detail, HttpServletRequest request, List<FieldProblem> errors) {
        var problem = problem(type, detail, request, errors);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private ProblemDetail problem(
            ProblemType type, String detail, HttpServletRequest request, List<FieldProblem> errors) {
        var problem = problems.problem(type, detail, request.getRequestURI());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
