package io.eksplanner.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's problem details, and writes them directly where a filter answers before any controller. Public:
 * {@code importing.web} uses it, and {@code security} answers 401 and 403 through it.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** A problem of the given type with the given detail, for the request's path. */
    public static ProblemDetail problem(ProblemType type, String detail, String path) {
        var problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException unreadablePath) {
                // A path no URI can hold is left out rather than failing the error response itself.
            }
        }
        return problem;
    }

    /** Answers the request with a problem of the given type, before or instead of any controller. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The client may still be sending; tell it the connection ends so it need not send the rest.
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), problem(type, detail, request.getRequestURI()));
    }
}
