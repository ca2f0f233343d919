package io.eksplanner.common;

import java.util.Map;

/**
 * A resource the request names does not exist; answered with 404. Public: {@code catalog}, {@code common.web}, {@code
 * planning.web} and {@code topology} use it.
 */
public abstract class ResourceNotFound extends RuntimeException {

    protected ResourceNotFound(String message) {
        super(message);
    }

    /**
     * Further members of the 404 problem body, beside its type, title, status, detail and instance (such as the
     * names a client may have meant); never null, empty unless a subclass has something to add.
     */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
