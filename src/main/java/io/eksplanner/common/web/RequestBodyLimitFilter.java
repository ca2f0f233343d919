package io.eksplanner.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request body to {@code planner.max-request-size}: a declared length over the limit is refused
 * before reading, and a chunked body fails as soon as it passes the limit, since Tomcat limits neither for JSON. The
 * whole body must also arrive within {@code planner.request-body-deadline}: Tomcat's read timeout starts again with
 * every byte, so a client sending one byte a second would otherwise hold a thread for as long as it likes.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final Duration deadline;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(
            @Value("${planner.max-request-size:4MB}") DataSize limit,
            @Value("${planner.request-body-deadline:30s}") Duration deadline,
            ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.deadline = deadline;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(
                    request, response, ProblemType.PAYLOAD_TOO_LARGE, new RequestBodyTooLarge(limit).getMessage());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit, System.nanoTime() + deadline.toNanos(), deadline), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final long endNanos;
        private final Duration deadline;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, long endNanos, Duration deadline) {
            super(request);
            this.limit = limit;
            this.endNanos = endNanos;
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit, endNanos, deadline);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private final long endNanos;
        private final Duration deadline;
        private long count;

        LimitedStream(ServletInputStream delegate, long limit, long endNanos, Duration deadline) {
            this.delegate = delegate;
            this.limit = limit;
            this.endNanos = endNanos;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int value = delegate.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws IOException {
            count += bytes;
            if (count > limit) {
                throw new RequestBodyTooLarge(limit);
            }
            if (System.nanoTime() - endNanos > 0) {
                throw new RequestBodyTooSlow(deadline);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
