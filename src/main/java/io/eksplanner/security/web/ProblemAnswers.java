package io.eksplanner.security.web;

import io.eksplanner.common.web.ProblemType;
import io.eksplanner.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as the API's other errors are: RFC 9457 problems of type {@code unauthenticated} and {@code
 * forbidden}. A 401 carries {@code WWW-Authenticate: Bearer} (RFC 6750 §3), with {@code error="invalid_token"}
 * when a token was sent but not accepted.
 */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAnswers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var tokenRefused = failure instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(
                request,
                response,
                ProblemType.UNAUTHENTICATED,
                tokenRefused
                        ? "the bearer token is not valid: unknown, expired or not signed by the configured issuer"
                        : "this operation needs a bearer token: send Authorization: Bearer <token>");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(
                request,
                response,
                ProblemType.FORBIDDEN,
                "this operation needs the "
                        + AccessRules.required(request).name().toLowerCase(java.util.Locale.ROOT)
                        + " role, which the caller does not hold");
    }
}
