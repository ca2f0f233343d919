package io.eksplanner.common.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatches with the API's problems, in place of Boot's default error body:
 * an error that happened outside Spring MVC (a filter, {@code sendError}) keeps its status and gets a stable type. A
 * client that asks for {@code /error} itself finds no resource there — not Boot's status 999 answered as a 500. Not
 * part of the API, so not in its OpenAPI document.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code) || code < 400) {
            var problem = problems.problem(
                    ProblemType.NOT_FOUND, "no API resource at " + request.getRequestURI(), request.getRequestURI());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        var type = ProblemType.forStatus(code);
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var problem = problems.problem(type, type.genericDetail(), path instanceof String uri ? uri : null);
        // The status the container set stays, even where the type is the nearest general one (a 502 is internal).
        problem.setStatus(code);
        return ResponseEntity.status(code).body(problem);
    }
}
