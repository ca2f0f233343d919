package io.eksplanner.common.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the {@code Location} of a created resource without trusting the client's {@code Host} or {@code
 * X-Forwarded-*} headers: under {@code planner.public-base-url} when it is set; else, for a request that Tomcat's
 * {@code RemoteIpValve} took from a configured internal proxy ({@code server.forward-headers-strategy=native} and
 * {@code server.tomcat.remoteip.internal-proxies}), from the scheme, host and port that proxy forwarded; else as a
 * path, which the client resolves against the URL it called (RFC 9110 §10.2.2). Public: {@code topology.web} and
 * {@code importing.web} use it.
 */
@Component
public class ResourceLocations {

    /** The attribute RemoteIpValve sets on a request whose sender is an internal or trusted proxy. */
    static final String FORWARDED_BY_PROXY = "org.apache.tomcat.request.forwarded";

    private final String publicBaseUrl;

    ResourceLocations(@Value("${planner.public-base-url:}") String publicBaseUrl) {
        this.publicBaseUrl = baseUrl(publicBaseUrl);
    }

    /** The location of the resource at {@code template} (a path from the API's root), its variables expanded. */
    public URI of(String template, Object... variables) {
        var path = UriComponentsBuilder.fromPath(template)
                .buildAndExpand(variables)
                .encode()
                .toUriString();
        if (publicBaseUrl != null) {
            return URI.create(publicBaseUrl + path);
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return URI.create(path);
        }
        var request = attributes.getRequest();
        if (Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_PROXY))) {
            return ServletUriComponentsBuilder.fromContextPath(request)
                    .path(path)
                    .build(true)
                    .toUri();
        }
        return URI.create(request.getContextPath() + path);
    }

    /** The URL of the API's root for descriptions of it: the public base URL, or {@code /} (the document's own). */
    public String serverUrl() {
        return publicBaseUrl != null ? publicBaseUrl : "/";
    }

    /** The configured base URL without a trailing slash, or null; refused at start-up unless absolute HTTP(S). */
    private static String baseUrl(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        var trimmed = configured.trim();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("planner.public-base-url is not a URL: " + trimmed, e);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("planner.public-base-url must be an absolute http(s) URL without query,"
                    + " fragment or user, such as https://planner.example.com: " + trimmed);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
