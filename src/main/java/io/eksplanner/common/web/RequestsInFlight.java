package io.eksplanner.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code planner.max-requests-in-flight} requests are served at once by one instance; one more is answered
 * at once with 429 and {@code Retry-After}, instead of queueing until every thread is taken and every client waits.
 * Health and info probes are always answered, so that an instance under load is not taken for a dead one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestsInFlight extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int limit;
    private final ProblemWriter problems;

    RequestsInFlight(@Value("${planner.max-requests-in-flight:128}") int limit, ProblemWriter problems) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(
                    request,
                    response,
                    ProblemType.TOO_MANY_REQUESTS,
                    "this instance is serving its limit of " + limit
                            + " requests (planner.max-requests-in-flight); retry after a second");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
