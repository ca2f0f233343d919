package io.eksplanner.routing.gateway;

/** The controller cannot build the Gateway's model: the field's JSON path and the controller's error. */
final class BuildFailed extends Exception {

    private static final long serialVersionUID = 1L;
    private final String path;

    BuildFailed(String path, String message) {
        super(message);
        this.path = path;
    }

    String path() {
        return path;
    }
}
