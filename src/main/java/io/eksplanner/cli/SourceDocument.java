package io.eksplanner.cli;

import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One document of an input file: the file as shown (relative to the working directory), its index in the stream,
 * whether the stream holds several, the parsed value the importers read and the composed node that says where each
 * field is (null when it could not be composed).
 */
record SourceDocument(String file, int index, boolean multiDocument, Object value, Node node) {

    boolean isKubernetesObject() {
        return value instanceof Map<?, ?> map
                && map.get("apiVersion") instanceof String
                && map.get("kind") instanceof String;
    }

    /** The document's index as locations report it: null in a single-document file. */
    Integer documentIndex() {
        return multiDocument ? index : null;
    }

    String folder() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
