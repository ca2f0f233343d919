package io.eksplanner.common;

/** A resource of that name already exists where the request would create one; answered with 409. */
public abstract class NameTaken extends RuntimeException {

    protected NameTaken(String message) {
        super(message);
    }
}
