package io.eksplanner.diagrams.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy for the page at {@code /} and its files under {@code /ui/}: scripts, styles,
 * requests only from this origin, no inline script or handler, no plugin, no framing. The SVG diagrams get
 * {@code default-src 'none'}, so one opened on its own runs and loads nothing.
 */
@Component
class PageHeaders extends OncePerRequestFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
            + " blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.equals("/index.html") || path.startsWith("/ui/")) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
        } else if (path.startsWith("/api/") && path.contains("/diagrams/") && path.endsWith(".svg")) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }
}
