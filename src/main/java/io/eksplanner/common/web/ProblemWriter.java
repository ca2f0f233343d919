package io.eksplanner.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
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
    private final String base;

    ProblemWriter(
            JsonMapper json, @Value("${planner.problems.base-uri:" + ProblemType.DEFAULT_BASE + "}") String base) {
        this.json = json;
        this.base = base(base);
    }

    /** A problem of the given type with the given detail, for the request's path. */
    public ProblemDetail problem(ProblemType type, String detail, String path) {
        var problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(typeOf(type));
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

    /** The type URI of the given type under the configured base. */
    URI typeOf(ProblemType type) {
        return type.type(base);
    }

    /** The base the type URIs are under, ending in {@code /}. */
    String base() {
        return base;
    }

    /** The configured base; it ends in {@code /}, and is either absolute HTTP(S) or a path, else start-up fails. */
    static String base(String configured) {
        var base = configured.endsWith("/") ? configured : configured + "/";
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException unreadable) {
            throw new IllegalArgumentException("planner.problems.base-uri is not a URI: " + configured, unreadable);
        }
        boolean absolute = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        boolean path = uri.getScheme() == null && uri.getRawAuthority() == null && base.startsWith("/");
        if (!(absolute || path) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "planner.problems.base-uri must be a path such as /problems/ or an absolute http(s) URI: "
                            + configured);
        }
        return base;
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
