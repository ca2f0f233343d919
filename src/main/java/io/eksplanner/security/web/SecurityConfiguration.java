package io.eksplanner.security.web;

import io.eksplanner.common.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The one security filter chain, shaped by {@code planner.security.mode}: no authentication ({@code none}), hashed
 * bearer tokens ({@code token}) or an OIDC provider's JWTs ({@code oidc}); in every mode the cross-site guard, the
 * security headers, no session and no session CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The JWT decoder, declared here in every mode so that the set of beans does not depend on properties: Spring AOT
     * fixes that set when the fast-start form is built (see {@link OidcDecoder}). Only {@code oidc} mode uses it.
     */
    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings, OAuth2ResourceServerProperties properties) {
        return settings.mode() == SecuritySettings.Mode.OIDC ? OidcDecoder.of(properties.getJwt()) : OidcDecoder.none();
    }

    @Bean
    SecurityFilterChain plannerSecurity(
            HttpSecurity http, SecuritySettings settings, ProblemWriter problems, Environment environment)
            throws Exception {
        var answers = new ProblemAnswers(problems);
        boolean local = settings.mode() == SecuritySettings.Mode.NONE;
        http.csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterAfter(
                        new CrossSiteGuard(problems, settings.allowedOrigins(), local ? settings.allowedHosts() : null),
                        HeaderWriterFilter.class);
        if (settings.allowedOrigins().isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(cors -> cors.configurationSource(cors(settings.allowedOrigins())));
        }
        switch (settings.mode()) {
            case NONE -> {
                log.warn(
                        "planner.security.mode=none: every request is answered without authentication; the service"
                                + " listens on {} only. Use planner.security.mode=token or oidc anywhere else.",
                        environment.getProperty("server.address", "127.0.0.1"));
                http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            }
            case TOKEN -> {
                var tokens = new HashedTokens(settings.tokens());
                log.info("planner.security.mode=token: {} bearer token(s) configured", tokens.size());
                authorize(http);
                http.oauth2ResourceServer(server -> server.authenticationEntryPoint(answers)
                        .accessDeniedHandler(answers)
                        .opaqueToken(opaque -> opaque.introspector(tokens)));
            }
            case OIDC -> {
                log.info(
                        "planner.security.mode=oidc: JWTs, roles from the claim '{}'",
                        settings.oidc().rolesClaim());
                authorize(http);
                var roles = new JwtRoles(settings.oidc());
                http.oauth2ResourceServer(server -> server.authenticationEntryPoint(answers)
                        .accessDeniedHandler(answers)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles)));
            }
        }
        return http.build();
    }

    private static void authorize(HttpSecurity http) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> byRole = (authentication, context) -> {
            var request = context.getRequest();
            if (AccessRules.open(AccessRules.path(request))) {
                return new AuthorizationDecision(true);
            }
            return new AuthorizationDecision(holds(authentication.get(), AccessRules.required(request)));
        };
        http.authorizeHttpRequests(requests -> requests
                // The error dispatch answers a request already let through (or refused) as a problem.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .anyRequest()
                .access(byRole));
    }

    private static boolean holds(Authentication authentication, Role role) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> role.authority().equals(granted.getAuthority()));
    }

    /**
     * Security headers on every answer. {@code Cache-Control: no-cache} rather than Spring Security's {@code
     * no-store}, so that a client keeps a cluster with its ETag and revalidates it with {@code If-None-Match}.
     */
    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.deny())
                .cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-cache"));
    }

    /** CORS for the configured origins only; with none configured no cross-origin answer is allowed. */
    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
