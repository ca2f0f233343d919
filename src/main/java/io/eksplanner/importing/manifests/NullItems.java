package io.eksplanner.importing.manifests;

import java.util.List;
import java.util.Map;

/**
 * Finds an empty (null) list item in a Kubernetes object, such as {@code containers: [null]} or {@code ports: [~]}:
 * the API server would decode it as an object with no fields and refuse that, so the importer refuses it too, by its
 * path, before any reader meets it.
 */
final class NullItems {

    private NullItems() {}

    /** The path of the first null list item, as {@code spec.ports[0]}, or null when there is none. */
    static String firstIn(Map<?, ?> object) {
        return first(object, "");
    }

    private static String first(Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                var found = first(
                        entry.getValue(),
                        path.isEmpty() ? String.valueOf(entry.getKey()) : path + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                var itemPath = path + "[" + i + "]";
                var found = list.get(i) == null ? itemPath : first(list.get(i), itemPath);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
