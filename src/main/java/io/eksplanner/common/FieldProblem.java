package io.eksplanner.common;

/** What is wrong with one field of a request: its JSON path, why, and the value given (may be null). */
public record FieldProblem(String field, String message, Object rejectedValue) {}
