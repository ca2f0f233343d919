package io.eksplanner.common;

/**
 * A resource of that name already exists where the request would create one; answered with 409. Public: {@code
 * common.web} and {@code topology} use it.
 */
public abstract class NameTaken extends RuntimeException {

    protected NameTaken(String message) {
        super(message);
    }
}
