package io.eksplanner.common;

/**
 * The request's {@code If-Match} does not match the resource's current version; answered with 412. Public: {@code
 * common.web} uses it.
 */
public class PreconditionFailed extends RuntimeException {

    private final long currentVersion;

    public PreconditionFailed(IfMatch ifMatch, long currentVersion) {
        super("If-Match " + ifMatch + " does not match the current version \"" + currentVersion
                + "\"; read the resource again and retry with its ETag");
        this.currentVersion = currentVersion;
    }

    /** The version the resource has now, returned as the response's ETag. */
    public long currentVersion() {
        return currentVersion;
    }
}
