package io.eksplanner.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request's {@code If-Match} precondition (RFC 9110 §13.1.1): absent, {@code *}, or a list of entity tags
 * compared strongly with the resource's version, so a weak tag never matches. Public: {@code importing}, {@code
 * importing.web}, {@code topology} and {@code topology.web} use it.
 */
public final class IfMatch {

    /** No precondition: every version matches. */
    public static final IfMatch NONE = new IfMatch(null, false, List.of());

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*");

    private final String header;
    private final boolean any;
    private final List<String> strongTags;

    private IfMatch(String header, boolean any, List<String> strongTags) {
        this.header = header;
        this.any = any;
        this.strongTags = strongTags;
    }

    /** Reads a header value; null or blank means no precondition, an unreadable one matches nothing. */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.trim().equals("*")) {
            return new IfMatch(header, true, List.of());
        }
        var tags = new ArrayList<String>();
        for (String part : header.split(",")) {
            var matcher = ENTITY_TAG.matcher(part);
            if (matcher.matches() && matcher.group(1) == null) {
                tags.add(matcher.group(2));
            }
        }
        return new IfMatch(header, false, tags);
    }

    /** Whether a resource at {@code version} satisfies this precondition. */
    public boolean matches(long version) {
        return header == null || any || strongTags.contains(Long.toString(version));
    }

    /** Throws {@link PreconditionFailed} unless a resource at {@code version} satisfies this precondition. */
    public void check(long version) {
        if (!matches(version)) {
            throw new PreconditionFailed(this, version);
        }
    }

    @Override
    public String toString() {
        return header == null ? "(none)" : header;
    }
}
