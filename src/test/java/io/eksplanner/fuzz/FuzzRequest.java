package io.eksplanner.fuzz;

import java.util.List;

/**
 * One request the fuzzer sends: method, path and query (already encoded), the {@code Content-Type} (null for none),
 * the body (null for none), extra headers as name/value pairs, and what was mutated, for the report.
 */
record FuzzRequest(
        String method, String target, String contentType, String body, List<String> headers, String mutation) {

    String describe() {
        var shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " [" + mutation + "] "
                + (contentType == null ? "" : contentType + " ") + shown;
    }
}
