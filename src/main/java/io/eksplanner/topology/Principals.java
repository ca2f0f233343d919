package io.eksplanner.topology;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request is, as the audit records it. */
final class Principals {

    /** The name recorded for a caller nobody authenticated: every caller in {@code none} mode. */
    static final String ANONYMOUS = "anonymous";

    // At most two UTF-16 units each: within the column's 256 characters on H2 and PostgreSQL alike.
    private static final int MAX_CODE_POINTS = 128;

    private Principals() {}

    /**
     * The authenticated caller's name (a token's configured name, a JWT's subject), or {@link #ANONYMOUS}.
     */
    static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return ANONYMOUS;
        }
        return storable(authentication.getName());
    }

    /**
     * Control characters (NUL included) and lone surrogates become {@code ?}, and the text is cut to 128 characters,
     * so that every database stores it as it is (a lone surrogate would be stored as {@code ?} on PostgreSQL anyway).
     */
    static String storable(String name) {
        var text = new StringBuilder();
        name.codePoints().limit(MAX_CODE_POINTS).forEach(codePoint -> {
            boolean loneSurrogate =
                    codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isSurrogate((char) codePoint);
            text.appendCodePoint(Character.isISOControl(codePoint) || loneSurrogate ? '?' : codePoint);
        });
        return text.toString();
    }
}
