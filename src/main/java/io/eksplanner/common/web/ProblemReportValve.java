package io.eksplanner.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers as the API's problems instead of its HTML page: what Tomcat refuses before any servlet
 * sees the request (an illegal character in the request line, a method it does not implement such as {@code
 * CONNECT}), and any error status that reaches the host with no body. Tomcat runs it outside the application, so it
 * writes its small, fixed JSON by hand rather than through the application's mapper. Public: Tomcat's host makes one
 * from its class name unless the application added its own, configured one first.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final String base;

    /** A valve whose problem types are under the default base. */
    public ProblemReportValve() {
        this(ProblemType.DEFAULT_BASE);
    }

    ProblemReportValve(String base) {
        this.base = base;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var type = ProblemType.forStatus(status);
        var body = "{\"type\":\"" + type.type(base) + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + type.genericDetail()
                + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            log.debug("could not write the problem for a {} answer", status, unwritable);
        }
    }
}
