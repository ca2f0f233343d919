package io.eksplanner.cli;

/** A command line the planner cannot run: an unknown option, a missing value, no path. Exit code 2. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
