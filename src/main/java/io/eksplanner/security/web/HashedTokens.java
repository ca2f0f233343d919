package io.eksplanner.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * The bearer tokens of {@code token} mode. Only their SHA-256 hashes are configured and kept; a presented token is
 * hashed and compared with every configured hash in constant time, so neither a match nor its position shows in the
 * time taken.
 */
final class HashedTokens implements OpaqueTokenIntrospector {

    private record Known(byte[] sha256, String name, Role role) {}

    private final List<Known> tokens;

    HashedTokens(List<SecuritySettings.Token> configured) {
        if (configured.isEmpty()) {
            throw new IllegalStateException("planner.security.mode=token needs at least one token: set"
                    + " planner.security.tokens[0].sha256 (the hex SHA-256 of the token) and"
                    + " planner.security.tokens[0].role (viewer, editor or admin)");
        }
        var known = new ArrayList<Known>();
        for (int index = 0; index < configured.size(); index++) {
            known.add(known(index, configured.get(index)));
        }
        this.tokens = List.copyOf(known);
    }

    private static Known known(int index, SecuritySettings.Token token) {
        var property = "planner.security.tokens[" + index + "]";
        var hash = token.sha256() == null ? "" : token.sha256().trim();
        if (!hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException(
                    property + ".sha256 must be 64 hex digits, the SHA-256 of the token, not the token itself");
        }
        var role = Role.named(token.role());
        if (role == null) {
            throw new IllegalStateException(property + ".role must be viewer, editor or admin");
        }
        var name = token.name() == null || token.name().isBlank() ? "token-" + index : token.name();
        return new Known(HexFormat.of().parseHex(hash), name, role);
    }

    int size() {
        return tokens.size();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        var presented = sha256(token);
        Known match = null;
        for (Known known : tokens) {
            // Every hash is compared, whether or not one matched already.
            if (MessageDigest.isEqual(known.sha256(), presented) && match == null) {
                match = known;
            }
        }
        if (match == null) {
            throw new BadOpaqueTokenException("unknown bearer token");
        }
        return new DefaultOAuth2AuthenticatedPrincipal(
                match.name(),
                Map.of("sub", match.name(), "role", match.role().name()),
                match.role().granted());
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
