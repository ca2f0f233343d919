package io.eksplanner.fuzz;

import java.util.List;
import java.util.Map;

/**
 * One operation of the OpenAPI document, with a well-formed request to start from: its path template, its parameters
 * with the values that address the canonical cluster, its body's media type and a body of that type (null without).
 */
record ApiOperation(
        String method,
        String path,
        List<Parameter> parameters,
        String mediaType,
        String body,
        Map<String, String> pathValues) {

    /** A parameter as the document declares it: its name, where it goes, whether it must be sent, its enum values. */
    record Parameter(String name, String in, boolean required, List<String> enumValues) {}

    /** Who the operation is, as the report prints it. */
    String key() {
        return method + " " + path;
    }

    /** The path with each template variable replaced by its value (already encoded for a path segment). */
    String expand(Map<String, String> values) {
        var expanded = path;
        for (var entry : values.entrySet()) {
            expanded = expanded.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return expanded;
    }
}
