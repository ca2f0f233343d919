package io.eksplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/** The canonical example topology from {@code examples/}, as text or as a tree to mutate. */
public final class Canonical {

    private Canonical() {}

    public static String text() {
        try {
            return Files.readString(Path.of("examples/canonical-cluster.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable copy of the canonical document. */
    public static ObjectNode tree() {
        return (ObjectNode) ApiClient.tree(text());
    }

    /** The canonical document under another name. */
    public static ObjectNode named(String name) {
        var tree = tree();
        tree.put("name", name);
        return tree;
    }
}
