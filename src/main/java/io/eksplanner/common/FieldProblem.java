package io.eksplanner.common;

/**
 * What is wrong with one field of a request: its JSON path, why, and the value given (may be null). Public: {@code
 * common.web} and {@code topology} use it.
 */
public record FieldProblem(String field, String message, Object rejectedValue) {}
