package io.eksplanner.security.web;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery, refused the stateless way (Spring Security's session tokens would refuse every
 * bearer-token and command-line call): a state-changing request that a browser says comes from another site
 * ({@code Sec-Fetch-Site: cross-site}), or, where the browser does not say, whose {@code Origin} is neither the
 * service's own nor an allowed one, gets 403 {@code cross-site-request}. In {@code none} mode the {@code Host} must
 * also be a local name, so that a page whose DNS name is re-bound to 127.0.0.1 cannot reach the service (403
 * {@code host-not-allowed}).
 */
final class CrossSiteGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    private final ProblemWriter problems;
    private final Set<String> allowedOrigins;
    private final Set<String> allowedHosts;

    /**
     * @param allowedHosts the host names a request may name, or null when any may (the modes that authenticate)
     */
    CrossSiteGuard(ProblemWriter problems, List<String> allowedOrigins, List<String> allowedHosts) {
        this.problems = problems;
        this.allowedOrigins = Set.copyOf(
                allowedOrigins.stream().map(CrossSiteGuard::withoutSlash).toList());
        this.allowedHosts = allowedHosts == null
                ? null
                : Set.copyOf(Stream.concat(LOCAL_HOSTS.stream(), allowedHosts.stream())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var host = request.getHeader("Host");
        if (allowedHosts != null && host != null && !allowedHosts.contains(hostName(host))) {
            problems.write(
                    request,
                    response,
                    ProblemType.HOST_NOT_ALLOWED,
                    "the service runs unauthenticated (planner.security.mode=none) and answers only requests"
                            + " addressed to localhost, 127.0.0.1, [::1] or a name in planner.security.allowed-hosts");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request, host)) {
            problems.write(
                    request,
                    response,
                    ProblemType.CROSS_SITE_REQUEST,
                    "a state-changing request from a page of another origin is refused; add the origin to"
                            + " planner.security.allowed-origins if it is trusted");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request, String host) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if ("same-origin".equalsIgnoreCase(fetchSite) || "none".equalsIgnoreCase(fetchSite)) {
            return false;
        }
        // No Sec-Fetch-Site (an older browser), or same-site, which is another origin still: the Origin decides.
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        var normalised = withoutSlash(origin).toLowerCase(Locale.ROOT);
        if (allowedOrigins.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(normalised))) {
            return false;
        }
        if (host == null) {
            return true;
        }
        var authority = host.trim().toLowerCase(Locale.ROOT);
        // The service's own origin; https too, for a proxy in front that ends TLS.
        return !normalised.equals(request.getScheme() + "://" + authority)
                && !normalised.equals("https://" + authority);
    }

    /** The name in a Host header, without its port: {@code [::1]:8080} → {@code [::1]}. */
    static String hostName(String host) {
        var trimmed = host.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("[")) {
            int end = trimmed.indexOf(']');
            return end < 0 ? trimmed : trimmed.substring(0, end + 1);
        }
        int colon = trimmed.indexOf(':');
        var name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static String withoutSlash(String origin) {
        var trimmed = origin.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
