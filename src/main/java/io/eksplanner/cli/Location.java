package io.eksplanner.cli;

/**
 * Where a finding points in the source: the file (relative to the working directory, with '/'), the document's index in
 * a multi-document stream (null in a single-document file), the 1-based line and column of the offending field and of
 * the object that holds it, the object as {@code Kind/namespace/name}, and, when the value came through an alias or a
 * merge key, where its anchor is ({@code relatedLine} 0 when not).
 */
record Location(
        String file,
        Integer document,
        int line,
        int column,
        int objectLine,
        int objectColumn,
        String object,
        int relatedLine,
        int relatedColumn) {

    /** {@code file:line:column}, as compilers and editors print a place. */
    String display() {
        return file + ":" + line + ":" + column;
    }
}
