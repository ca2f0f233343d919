package io.eksplanner.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs at most {@code planner.planning.concurrency} plans at once (by default one per core): a plan request waits up
 * to {@code planner.planning.queue-wait} for its turn, then gets 503 with {@code Retry-After}, so that heavy plans
 * cannot starve the light requests — reads, writes, health — that share the instance. Plan requests are those whose
 * handlers live in a planning or importing web package: every plan, validation and import endpoint.
 */
final class PlanningPermits implements HandlerInterceptor {

    private static final String HELD = PlanningPermits.class.getName() + ".held";

    private final Semaphore permits;
    private final int concurrency;
    private final Duration queueWait;
    private final ProblemWriter problems;

    PlanningPermits(int concurrency, Duration queueWait, ProblemWriter problems) {
        this.permits = new Semaphore(concurrency, true);
        this.concurrency = concurrency;
        this.queueWait = queueWait;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!plans(handler) || request.getAttribute(HELD) != null) {
            return true;
        }
        if (permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
            request.setAttribute(HELD, Boolean.TRUE);
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, queueWait.toSeconds())));
        problems.write(
                request,
                response,
                ProblemType.PLANNING_BUSY,
                "all " + concurrency + " planners of this instance stayed busy for " + queueWait.toMillis()
                        + " ms (planner.planning.concurrency, planner.planning.queue-wait); retry later");
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (request.getAttribute(HELD) != null) {
            request.removeAttribute(HELD);
            permits.release();
        }
    }

    private static boolean plans(Object handler) {
        return handler instanceof HandlerMethod method && plans(method.getBeanType());
    }

    /** Whether the handlers of {@code controller} plan, and so wait for a permit (and may answer 503). */
    static boolean plans(Class<?> controller) {
        var packageName = controller.getPackageName();
        return packageName.equals("io.eksplanner.planning.web") || packageName.equals("io.eksplanner.importing.web");
    }
}
