package io.eksplanner.common.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API (RFC 9457 {@code type}), each with its status and title. Public: {@code
 * importing.web} and {@code security} use it.
 */
public enum ProblemType {
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "Malformed JSON"),
    UNKNOWN_PROPERTY("unknown-property", HttpStatus.BAD_REQUEST, "Unknown property"),
    INVALID_VALUE("invalid-value", HttpStatus.BAD_REQUEST, "Value of the wrong type"),
    INVALID_FIELDS("invalid-fields", HttpStatus.BAD_REQUEST, "Ill-formed fields"),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid request parameter"),
    UNKNOWN_PARAMETER("unknown-parameter", HttpStatus.BAD_REQUEST, "Unknown query parameter"),
    IMPORT_REJECTED("import-rejected", HttpStatus.BAD_REQUEST, "Import refused"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    CROSS_SITE_REQUEST("cross-site-request", HttpStatus.FORBIDDEN, "Cross-site request refused"),
    HOST_NOT_ALLOWED("host-not-allowed", HttpStatus.FORBIDDEN, "Host not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    NAME_TAKEN("name-taken", HttpStatus.CONFLICT, "Name already taken"),
    CONCURRENT_WRITE("concurrent-write", HttpStatus.CONFLICT, "Concurrent write"),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
    REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "Request body too slow"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests in flight"),
    PLANNING_BUSY("planning-busy", HttpStatus.SERVICE_UNAVAILABLE, "Every planner is busy"),
    PLANNING_DEADLINE_EXCEEDED(
            "planning-deadline-exceeded", HttpStatus.SERVICE_UNAVAILABLE, "Planning took longer than allowed"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    PLAN_TOO_LARGE("plan-too-large", HttpStatus.CONTENT_TOO_LARGE, "Topology too large to plan"),
    IMPORT_TOO_LARGE("import-too-large", HttpStatus.CONTENT_TOO_LARGE, "Import too large once expanded"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    MALFORMED_MULTIPART("malformed-multipart", HttpStatus.BAD_REQUEST, "Malformed multipart body"),
    REQUEST_ERROR("request-error", HttpStatus.BAD_REQUEST, "Bad request"),
    NOT_IMPLEMENTED("not-implemented", HttpStatus.NOT_IMPLEMENTED, "Method not implemented"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /**
     * Where the problem type URIs live by default: a relative reference with the full path, which a client resolves
     * against the URL it called, so that it reaches the page {@link ProblemTypePages} serves for the type. RFC 9457
     * §3.1.1 allows a relative type URI and recommends the full path when one is used; {@code
     * planner.problems.base-uri} sets an absolute base instead ({@link ProblemWriter}).
     */
    public static final String DEFAULT_BASE = "/problems/";

    private final String slug;
    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.type = URI.create(DEFAULT_BASE + slug);
        this.status = status;
        this.title = title;
    }

    /** The type URI under the default base, {@code /problems/<slug>}. */
    public URI type() {
        return type;
    }

    /** The last segment of the type URI, which names the type's page, {@code /problems/<slug>}. */
    public String slug() {
        return slug;
    }

    /** The type URI under the given base (ending in {@code /}). */
    URI type(String base) {
        return URI.create(base + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What a problem of this type says where nothing more particular is known of it. */
    String genericDetail() {
        return switch (this) {
            case REQUEST_ERROR ->
                "the request line or its headers could not be read (an illegal character in the" + " URL, say)";
            case NOT_IMPLEMENTED -> "the server does not implement this request method";
            case INTERNAL_ERROR -> "the planner failed to handle this request; the error is logged on the server";
            default -> title;
        };
    }

    /** The type that goes with a status the framework raised, for errors the API has no own type for. */
    static ProblemType forStatus(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            // A 400 the framework raised (a missing parameter, say) is none of the API's own 400s.
            return REQUEST_ERROR;
        }
        for (ProblemType problem : values()) {
            if (problem.status.value() == status
                    && problem != CONCURRENT_WRITE
                    && problem != PLANNING_BUSY
                    && problem != PLANNING_DEADLINE_EXCEEDED) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : REQUEST_ERROR;
    }
}
