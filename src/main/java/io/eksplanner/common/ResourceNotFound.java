package io.eksplanner.common;

/** A resource the request names does not exist; answered with 404. */
public abstract class ResourceNotFound extends RuntimeException {

    protected ResourceNotFound(String message) {
        super(message);
    }
}
