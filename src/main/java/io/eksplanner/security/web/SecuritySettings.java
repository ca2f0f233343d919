package io.eksplanner.security.web;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.security.*}: the mode, the hashed bearer tokens of {@code token} mode, the claim {@code oidc} mode
 * reads roles from, and the origins and host names the cross-site guard allows.
 *
 * @param mode who may call: {@code none} (everyone, for local use only), {@code token} or {@code oidc}
 * @param tokens the bearer tokens of {@code token} mode, each only as the SHA-256 hash of the token
 * @param oidc how {@code oidc} mode reads roles from a JWT
 * @param allowedOrigins origins besides the service's own from which a browser may send state-changing requests
 * @param allowedHosts {@code Host} names besides localhost, 127.0.0.1 and [::1] that {@code none} mode answers
 */
@ConfigurationProperties("planner.security")
record SecuritySettings(
        @DefaultValue("none") Mode mode,
        List<Token> tokens,
        @DefaultValue Oidc oidc,
        List<String> allowedOrigins,
        List<String> allowedHosts) {

    SecuritySettings {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    /** The security modes. */
    enum Mode {
        NONE,
        TOKEN,
        OIDC
    }

    /**
     * One bearer token.
     *
     * @param sha256 the hex SHA-256 of the token ({@code printf %s "$TOKEN" | sha256sum})
     * @param role {@code viewer}, {@code editor} or {@code admin}
     * @param name who holds it, for the logs; {@code token-N} by default
     */
    record Token(String sha256, String role, String name) {}

    /**
     * How roles are read from a JWT.
     *
     * @param rolesClaim the claim holding the roles: a list of strings or one space-separated string
     * @param roleMapping claim values that stand for a role ({@code eks-admins: admin}); a value that names a role
     *     ({@code viewer}, {@code editor}, {@code admin}) stands for it without being listed
     */
    record Oidc(@DefaultValue("roles") String rolesClaim, Map<String, String> roleMapping) {
        Oidc {
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }
}
