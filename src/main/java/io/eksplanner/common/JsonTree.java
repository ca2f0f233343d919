package io.eksplanner.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into plain maps and lists, as Jackson and fabric8 give one. Public: {@code
 * importing.manifests} and {@code topology.web} use it.
 */
public final class JsonTree {

    private JsonTree() {}

    /**
     * {@code value} with every null field of every map left out, at any depth, keys and items in their order (null items
     * of a list are kept); a value that is neither a map nor a list is returned as it is. Maps come back as new
     * {@code LinkedHashMap}s with string keys, lists as unmodifiable copies.
     */
    @SuppressWarnings("unchecked")
    public static <T> T withoutNulls(T value) {
        if (value instanceof Map<?, ?> map) {
            var kept = new LinkedHashMap<String, Object>();
            map.forEach((key, item) -> {
                if (item != null) {
                    kept.put(String.valueOf(key), withoutNulls(item));
                }
            });
            return (T) kept;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(JsonTree::withoutNulls).toList();
        }
        return value;
    }
}
