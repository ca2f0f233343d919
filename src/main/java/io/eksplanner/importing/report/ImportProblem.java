package io.eksplanner.importing.report;

/**
 * Why a document of an import was refused: its index in the stream (0-based, null for the stream as a whole), the
 * object as {@code Kind/namespace/name} (or {@code Kind/name}), the field path inside it, and the message. Public
 * because every importing package reports problems with it and the problem response lists it as JSON.
 */
public record ImportProblem(Integer document, String object, String field, String message) {}
