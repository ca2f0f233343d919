package io.eksplanner.common.web;

import io.swagger.v3.oas.models.examples.Example;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic example of each problem type, as the API answers it: the type, its title and status, the detail the
 * handler writes and, for the 400s that name fields, the errors. To document a new problem type, add its detail
 * here (the switch has no default, so a new type does not compile without one) and, in {@link ResponseDocumentation},
 * the statuses and operations that answer it (src/docs/api-conventions.md §3).
 */
final class ProblemExamples {

    private ProblemExamples() {}

    /** The example of a problem of {@code type} answered at {@code instance} (a request path). */
    static Example of(ProblemType type, String instance) {
        var value = new LinkedHashMap<String, Object>();
        value.put("type", type.type().toString());
        value.put("title", type.title());
        value.put("status", type.status().value());
        value.put("detail", detail(type));
        value.put("instance", instance);
        var errors = errors(type);
        if (!errors.isEmpty()) {
            value.put("errors", errors);
        }
        return new Example().summary(type.title()).value(value);
    }

    /** The detail of each type's example: what the handler writes in that case. */
    static String detail(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON -> "Unexpected end-of-input within/between Object entries (line 1, column 9)";
            case UNKNOWN_PROPERTY -> "colour: unknown property \"colour\"; known properties: cni, name, subnets, vpc";
            case INVALID_VALUE -> "subnets[0].podSubnet: must be a boolean";
            case INVALID_FIELDS ->
                "subnets[0].cidr: must be an IPv4 CIDR written a.b.c.d/n with octets 0-255 and n 0-32";
            case INVALID_PARAMETER -> "size: must be greater than or equal to 1";
            case UNKNOWN_PARAMETER -> "unknown query parameter 'colour'";
            case IMPORT_REJECTED -> "must be set: every Kubernetes object names its API version";
            case UNAUTHENTICATED -> "this operation needs a bearer token: send Authorization: Bearer <token>";
            case FORBIDDEN -> "this operation needs the writer role, which the caller does not hold";
            case CROSS_SITE_REQUEST ->
                "a state-changing request from a page of another origin is refused; add the origin to"
                        + " planner.security.allowed-origins if it is trusted";
            case HOST_NOT_ALLOWED ->
                "the service runs unauthenticated (planner.security.mode=none) and answers only requests"
                        + " addressed to localhost, 127.0.0.1, [::1] or a name in planner.security.allowed-hosts";
            case NOT_FOUND -> "cluster \"nope\" does not exist";
            case METHOD_NOT_ALLOWED -> "Request method 'PATCH' is not supported";
            case NOT_ACCEPTABLE -> "Acceptable representations: [application/json].";
            case NAME_TAKEN -> "a cluster named \"demo\" already exists; PUT /api/v1/clusters/demo replaces it";
            case CONCURRENT_WRITE -> "another request changed this cluster at the same time; read it again and retry";
            case PRECONDITION_FAILED ->
                "If-Match \"99\" does not match the current version \"0\"; read the resource again and retry with its"
                        + " ETag";
            case REQUEST_TIMEOUT -> "the request body did not arrive within 30000 ms (planner.request-body-deadline)";
            case TOO_MANY_REQUESTS ->
                "this instance is serving its limit of 128 requests (planner.max-requests-in-flight); retry after a"
                        + " second";
            case PLANNING_BUSY ->
                "all 2 planners of this instance stayed busy for 2000 ms (planner.planning.concurrency,"
                        + " planner.planning.queue-wait); retry later";
            case PLANNING_DEADLINE_EXCEEDED ->
                "planning the topology took longer than 30000 ms (planner.planning.deadline) and was stopped";
            case PAYLOAD_TOO_LARGE ->
                "the request body is larger than the limit of 1048576 bytes (planner.max-request-size)";
            case PLAN_TOO_LARGE ->
                "the topology holds 3000100 pods; at most 3000000 can be planned (planner.limits.pods)";
            case IMPORT_TOO_LARGE ->
                "the YAML expands to more than 8388608 characters once its aliases are followed"
                        + " (planner.import.max-expanded-size)";
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type 'text/plain' is not supported.";
            case MALFORMED_MULTIPART -> "the multipart body could not be read: no closing boundary";
            case REQUEST_ERROR, NOT_IMPLEMENTED, INTERNAL_ERROR -> type.genericDetail();
        };
    }

    /** What a problem of this type means, and what the client can do about it: the type's page says it. */
    static String meaning(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON ->
                "The body is not well-formed JSON, or is missing. Fix the syntax the detail points at.";
            case UNKNOWN_PROPERTY ->
                "The body has a property the schema does not know, often a misspelling; the detail lists the known"
                        + " ones. Nothing unknown is ever ignored silently.";
            case INVALID_VALUE -> "A value is of the wrong JSON type, or not one of an enum's values.";
            case INVALID_FIELDS ->
                "Fields break their rule (a CIDR, a name, a range); errors lists each with its JSON path. A"
                        + " well-formed but invalid network is never this problem: validation reports it.";
            case INVALID_PARAMETER -> "A query parameter or path segment is of the wrong type or out of its range.";
            case UNKNOWN_PARAMETER -> "The operation takes no query parameter of that name: a misspelt failOn, say.";
            case IMPORT_REJECTED ->
                "A document of the imported YAML stream could not be read; errors lists every one, and nothing was"
                        + " stored.";
            case UNAUTHENTICATED -> "The operation needs a bearer token, or the one sent was not accepted.";
            case FORBIDDEN -> "The caller's role may not call this operation (viewer, editor, admin).";
            case CROSS_SITE_REQUEST -> "A state-changing request from a page of another origin was refused.";
            case HOST_NOT_ALLOWED -> "Without authentication the service answers only requests to a local host name.";
            case NOT_FOUND ->
                "No resource at that path: no cluster, child, load balancer or instance type of that name.";
            case METHOD_NOT_ALLOWED -> "The path does not take that HTTP method; the Allow header names those it does.";
            case NOT_ACCEPTABLE ->
                "The Accept header allows no representation the operation has; accept application/json (and"
                        + " application/problem+json for errors), or the operation's own type such as application/yaml.";
            case NAME_TAKEN -> "A resource of that name exists already; replace it with PUT, or choose another name.";
            case CONCURRENT_WRITE -> "Another request changed the cluster at the same moment; read it again and retry.";
            case PRECONDITION_FAILED ->
                "If-Match holds an ETag that is no longer current: the cluster changed since it was read. Read it"
                        + " again, reapply the change and send the new ETag.";
            case REQUEST_TIMEOUT -> "The request body arrived too slowly.";
            case TOO_MANY_REQUESTS -> "The instance serves its limit of requests at once; retry after Retry-After.";
            case PLANNING_BUSY -> "Every planner of the instance stayed busy; retry after Retry-After.";
            case PLANNING_DEADLINE_EXCEEDED ->
                "Planning this topology ran past planner.planning.deadline and was stopped, so it holds no half-made"
                        + " plan. Plan a smaller topology, or ask the operator to raise the deadline.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than planner.max-request-size.";
            case PLAN_TOO_LARGE -> "The topology is past one of planner.limits.*, beyond what one plan may compute.";
            case IMPORT_TOO_LARGE ->
                "The imported YAML is small as sent but grows past planner.import.max-expanded-size once its aliases"
                        + " are expanded; nothing was stored. Write the repeated values out, or split the stream.";
            case UNSUPPORTED_MEDIA_TYPE -> "The body was sent in a media type the operation does not read.";
            case MALFORMED_MULTIPART -> "The multipart/form-data body could not be read.";
            case REQUEST_ERROR -> "The request line or its headers could not be read.";
            case NOT_IMPLEMENTED -> "The server does not implement that HTTP method.";
            case INTERNAL_ERROR -> "The planner failed; the error is logged on the server. Report it.";
        };
    }

    private static List<Map<String, Object>> errors(ProblemType type) {
        var errors = new ArrayList<Map<String, Object>>();
        switch (type) {
            case UNKNOWN_PROPERTY -> errors.add(error("colour", "unknown property \"colour\"", "colour"));
            case INVALID_VALUE -> errors.add(error("subnets[0].podSubnet", "must be a boolean", "yes"));
            case INVALID_FIELDS ->
                errors.add(error(
                        "subnets[0].cidr",
                        "must be an IPv4 CIDR written a.b.c.d/n with octets 0-255 and n 0-32",
                        "10.0.0.0/33"));
            case INVALID_PARAMETER -> errors.add(error("size", "must be greater than or equal to 1", 0));
            case UNKNOWN_PARAMETER -> errors.add(error("colour", "is not a parameter of this operation", null));
            default -> {}
        }
        return errors;
    }

    private static Map<String, Object> error(String field, String message, Object rejected) {
        var error = new LinkedHashMap<String, Object>();
        error.put("field", field);
        error.put("message", message);
        error.put("rejectedValue", rejected);
        return error;
    }
}
