package io.eksplanner.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which role each request needs. Reads are for viewers, and so are the stateless operations that only plan what
 * they are sent (plans, validations, diffs, diagrams, import dry runs); every other write is an editor's, except
 * deleting a whole cluster, which is an admin's. A cluster's revisions are read like the cluster, by a viewer;
 * restoring one ({@code POST …/revisions/{version}/restore}) is a write like a replace, an editor's — it undoes an
 * admin's delete too, which the revisions keep for a while, but makes nothing an editor could not write by hand.
 * Health, info, the API description and the problem type pages are open to all.
 */
final class AccessRules {

    private static final String API = "/api/v1/";
    private static final String CLUSTERS = API + "clusters/";

    /** Operations that answer about the document they are sent and store nothing. */
    private static final List<String> STATELESS = List.of(
            API + "plans",
            API + "ip-plans",
            API + "validations",
            API + "load-balancer-plans",
            API + "plan-diffs",
            API + "diagrams");

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private AccessRules() {}

    /**
     * Whether anyone may call this path, signed in or not: probes, the API description, and the pages, which hold no
     * data of their own (the page's calls to the API need the caller's role like any other).
     */
    static boolean open(String path) {
        return path.equals("/")
                || path.equals("/index.html")
                || path.startsWith("/ui/")
                || path.equals("/actuator/health")
                || path.startsWith("/actuator/health/")
                || path.equals("/actuator/info")
                || path.equals("/swagger-ui.html")
                || path.startsWith("/swagger-ui/")
                || path.equals("/v3/api-docs")
                || path.startsWith("/v3/api-docs/")
                || path.startsWith("/v3/api-docs.")
                || path.equals("/problems")
                || path.startsWith("/problems/");
    }

    /** The role a request needs; paths not named here need a viewer to read and an editor to write. */
    static Role required(HttpServletRequest request) {
        return required(request.getMethod(), path(request), firstQueryValue(request.getQueryString(), "dryRun"));
    }

    /**
     * The first value of a query parameter, read from the query string rather than through {@code getParameter},
     * which would parse a multipart body before the body limits see it. Spring binds the first value too, and a
     * query parameter comes before any of the body's.
     */
    static String firstQueryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            var key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals(key)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    static Role required(String method, String path, String dryRun) {
        if (READS.contains(method)) {
            return Role.VIEWER;
        }
        if ("POST".equals(method) && stateless(path, dryRun)) {
            return Role.VIEWER;
        }
        if ("DELETE".equals(method) && isCluster(path)) {
            return Role.ADMIN;
        }
        return Role.EDITOR;
    }

    /** The path within the application, without its context path. */
    static String path(HttpServletRequest request) {
        var uri = request.getRequestURI();
        var context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean stateless(String path, String dryRun) {
        var trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.equals(API + "imports")) {
            // The words Spring reads as true for a boolean parameter.
            return dryRun != null && TRUE.contains(dryRun.trim().toLowerCase(Locale.ROOT));
        }
        return STATELESS.stream().anyMatch(prefix -> trimmed.equals(prefix) || trimmed.startsWith(prefix + "/"));
    }

    /** {@code /api/v1/clusters/{name}}: the cluster itself, not one of its children. */
    private static boolean isCluster(String path) {
        if (!path.startsWith(CLUSTERS)) {
            return false;
        }
        var rest = path.substring(CLUSTERS.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return !rest.isEmpty() && !rest.contains("/");
    }
}
